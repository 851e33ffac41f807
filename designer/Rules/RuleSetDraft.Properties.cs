using System.Text.Json.Nodes;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>Editing one rule's own properties.</summary>
public sealed partial class RuleSetDraft
{
    /// <summary>The rule properties the editor writes as text.</summary>
    public static readonly IReadOnlyList<string> TextProperties = ["RuleName", "Expression", "SuccessEvent", "SuccessMessage", "ErrorMessage"];

    /// <summary>
    /// Sets a text property (<see cref="TextProperties"/>) of the rule at <paramref name="path"/>. Blank text removes an
    /// optional property; <c>RuleName</c> and <c>Expression</c> are kept (blank) so the engine can say what is missing.
    /// Consecutive edits of the same property merge into one undo step.
    /// </summary>
    public bool SetText(string path, string property, string? value)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!TextProperties.Contains(property, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{property}' is not an editable text property.", nameof(property));
        }

        var keep = property is "RuleName" or "Expression";
        return Edit("edit " + property, (path, property), root =>
        {
            if (RulePath.Resolve(root, path) is not { } found)
            {
                return false;
            }

            RuleJson.Set(found.Rule, property, string.IsNullOrWhiteSpace(value) && !keep ? null : JsonValue.Create(value ?? ""));
            return true;
        });
    }

    /// <summary>Turns the rule on or off: off writes <c>"Enabled": false</c>; on removes it (an explicit <c>true</c> stays).</summary>
    public bool SetEnabled(string path, bool enabled) => Edit(enabled ? "enable" : "disable", null, root =>
    {
        if (RulePath.Resolve(root, path) is not { } found)
        {
            return false;
        }

        var explicitTrue = RuleJson.Get(found.Rule, "Enabled") is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.True;
        RuleJson.Set(found.Rule, "Enabled", enabled ? (explicitTrue ? JsonValue.Create(true) : null) : JsonValue.Create(false));
        return true;
    });

    /// <summary>Changes a group between And and Or; false for a leaf rule or <see cref="RuleOperatorKind.None"/>.</summary>
    public bool SetOperator(string path, RuleOperatorKind kind) => kind != RuleOperatorKind.None && Edit("operator", null, root =>
    {
        if (RulePath.Resolve(root, path) is not { } found || RuleJson.Get(found.Rule, "Operator") is null)
        {
            return false;
        }

        RuleJson.Set(found.Rule, "Operator", kind.ToString());
        return true;
    });

    /// <summary>Renames the workflow at <paramref name="workflowPath"/> (<c>$</c> or <c>$[i]</c>).</summary>
    public bool SetWorkflowName(string workflowPath, string name) => Edit("workflow name", (workflowPath, "WorkflowName"), root =>
    {
        if (RulePath.Workflow(root, workflowPath) is not { } workflow)
        {
            return false;
        }

        RuleJson.Set(workflow, "WorkflowName", name ?? "");
        return true;
    });
}
