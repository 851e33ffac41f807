namespace FormsEngine.Designer.RuleEditing;

/// <summary>
/// One rule of a <see cref="RuleSetDraft"/> as the editor shows it: a read-only view rebuilt after every edit. Its
/// <see cref="Path"/> (<c>$[0].Rules[2].Rules[1]</c>) is the engine's JSON path, so diagnostics find their rule.
/// </summary>
public sealed class RuleNodeDraft
{
    internal RuleNodeDraft(string path, int depth, int index, RuleNodeDraft? parent)
    {
        Path = path;
        Depth = depth;
        Index = index;
        Parent = parent;
    }

    /// <summary>The JSON path of the rule in the rule file; it changes when the rule moves.</summary>
    public string Path { get; }

    /// <summary>0 for a top-level rule, 1 inside a group, and so on.</summary>
    public int Depth { get; }

    /// <summary>The position among its siblings.</summary>
    public int Index { get; }

    /// <summary>The group it belongs to; null for a top-level rule.</summary>
    public RuleNodeDraft? Parent { get; }

    /// <summary><c>RuleName</c>.</summary>
    public string Name { get; internal init; } = "";

    /// <summary><c>Expression</c> (for a leaf rule).</summary>
    public string? Expression { get; internal init; }

    /// <summary>None for a leaf, And/Or for a group.</summary>
    public RuleOperatorKind Operator { get; internal init; }

    /// <summary>True for JavaScript rules (<c>"RuleExpressionType": "JavaScript"</c>).</summary>
    public bool IsJavaScript { get; internal init; }

    /// <summary><c>SuccessEvent</c>.</summary>
    public string? SuccessEvent { get; internal init; }

    /// <summary><c>SuccessMessage</c>, the resident-facing text when the rule holds.</summary>
    public string? SuccessMessage { get; internal init; }

    /// <summary><c>ErrorMessage</c>, the resident-facing text when the rule fails.</summary>
    public string? ErrorMessage { get; internal init; }

    /// <summary><c>Enabled</c> (true when absent).</summary>
    public bool Enabled { get; internal init; } = true;

    /// <summary>The nested rules of a group.</summary>
    public IReadOnlyList<RuleNodeDraft> Children { get; internal set; } = [];

    /// <summary>True for an And/Or group.</summary>
    public bool IsGroup => Operator != RuleOperatorKind.None || Children.Count > 0;

    /// <summary>The rule and every rule nested in it, depth first.</summary>
    public IEnumerable<RuleNodeDraft> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);
}
