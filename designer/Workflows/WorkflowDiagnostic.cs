using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>An engine diagnostic with the step it is about (null for workflow-level problems) and its JSON path.</summary>
/// <param name="Diagnostic">The engine's diagnostic (code, Chinese and English message, JSON path, line:col).</param>
/// <param name="StepId">The step it points at: the activity itself, or the source of the connection it is about.</param>
public sealed record WorkflowDiagnostic(Diagnostic Diagnostic, string? StepId)
{
    /// <summary>True for errors (which block publishing).</summary>
    public bool IsError => Diagnostic.IsError;

    /// <summary>Where, e.g. <c>$.activities[2].sla</c>, with line:col inside an expression.</summary>
    public string Where => Diagnostic.Line > 0 ? $"{Diagnostic.Path} {Diagnostic.Line}:{Diagnostic.Column}" : Diagnostic.Path ?? "$";
}
