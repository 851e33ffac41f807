namespace FormsEngine.Designer.RuleEditing;

/// <summary>What <c>RuleSetDraft.Validate</c> found: every diagnostic, each placed on its rule.</summary>
/// <param name="Diagnostics">All diagnostics, in the engine's order.</param>
public sealed record RuleSetValidation(IReadOnlyList<RuleDiagnostic> Diagnostics)
{
    /// <summary>True when there is no error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The diagnostics of the rule at <paramref name="rulePath"/> itself (not those of its nested rules).</summary>
    public IEnumerable<RuleDiagnostic> For(string rulePath) => Diagnostics.Where(d => d.RulePath == rulePath);

    /// <summary>The diagnostics of one property of one rule, e.g. its <c>Expression</c>.</summary>
    public IEnumerable<RuleDiagnostic> For(string rulePath, string property) =>
        Diagnostics.Where(d => d.RulePath == rulePath && string.Equals(d.Property, property, StringComparison.OrdinalIgnoreCase));

    /// <summary>The diagnostics that belong to no rule (the file, the workflow, the form).</summary>
    public IEnumerable<RuleDiagnostic> General => Diagnostics.Where(d => d.RulePath is null);
}
