using System.Text.Json.Nodes;

namespace FormsEngine.Forms;

/// <summary>
/// The rule set that decides a submission's eligibility: <c>"eligibility": {"ruleSet": "elderly-allowance",
/// "workflow": "高龄补贴"}</c>. <see cref="RuleSet"/> names a rule-set file of the rule pack; <see cref="Workflow"/>
/// names one RulesEngine workflow inside it (optional when the file holds only one). The answers are its <c>input1</c>.
/// </summary>
/// <param name="RuleSet">The rule set's id (its file name without <c>.json</c>).</param>
/// <param name="Workflow">The RulesEngine <c>WorkflowName</c> to run, or null for the only one.</param>
public sealed record FormEligibility(string RuleSet, string? Workflow)
{
    internal JsonObject ToJson()
    {
        var obj = new JsonObject { ["ruleSet"] = RuleSet };
        if (Workflow is not null)
        {
            obj["workflow"] = Workflow;
        }

        return obj;
    }
}
