namespace FormsEngine.Designer.RuleEditing;

/// <summary>One workflow of a rule file (<c>WorkflowName</c> and its top-level rules), as the editor shows it.</summary>
/// <param name="Path">The workflow's JSON path: <c>$</c> for a file holding one workflow, <c>$[i]</c> in an array.</param>
/// <param name="Name">The <c>WorkflowName</c>.</param>
/// <param name="Rules">The top-level rules.</param>
public sealed record RuleWorkflowDraft(string Path, string Name, IReadOnlyList<RuleNodeDraft> Rules)
{
    /// <summary>Every rule, depth first.</summary>
    public IEnumerable<RuleNodeDraft> AllRules => Rules.SelectMany(r => r.DescendantsAndSelf());
}
