namespace FormsEngine.Designer.RuleEditing;

/// <summary>How a rule combines its nested rules: not at all (a leaf with an expression), all of them, or any of them.</summary>
public enum RuleOperatorKind
{
    /// <summary>A leaf rule: its own <c>Expression</c>.</summary>
    None,

    /// <summary>Every enabled nested rule must hold (<c>"Operator": "And"</c>).</summary>
    And,

    /// <summary>At least one enabled nested rule must hold (<c>"Operator": "Or"</c>).</summary>
    Or,
}
