using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>An engine diagnostic with the rule it is about.</summary>
/// <param name="Diagnostic">The engine's diagnostic (code, Chinese and English message, JSON path, line:col).</param>
/// <param name="RulePath">The path of the innermost rule the diagnostic lies in; null for workflow- or file-level problems.</param>
/// <param name="Property">What inside the rule, e.g. <c>Expression</c> or <c>LocalParams[0].Expression</c>; null for the rule itself.</param>
public sealed record RuleDiagnostic(Diagnostic Diagnostic, string? RulePath, string? Property)
{
    /// <summary>True for errors (which block publishing).</summary>
    public bool IsError => Diagnostic.IsError;

    /// <summary>The line:col inside the expression or template, e.g. <c>1:7</c>; empty when the engine gave none.</summary>
    public string Position => Diagnostic.Line > 0 ? $"{Diagnostic.Line}:{Diagnostic.Column}" : "";
}
