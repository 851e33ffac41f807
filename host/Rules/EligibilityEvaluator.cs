using System.Text.Json.Nodes;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Host.Packs;

namespace FormsEngine.Host.Rules;

/// <summary>
/// Runs a form's eligibility rule set (RulesEngine format) on validated answers. The submission is eligible when every
/// top-level rule of the selected workflow holds; the explanation lists each unmet condition in the rule's own words.
/// </summary>
internal sealed class EligibilityEvaluator(RuleCatalog catalog, PackCatalog packs)
{
    /// <summary>
    /// The decision, null when the form has no eligibility rules; throws when its rule set does not compile. A rule
    /// pack's form reads <paramref name="parameters"/> (the community's effective values) as <c>param</c>, the pack's
    /// defaults when null.
    /// </summary>
    public EligibilityDecision? Decide(CompiledForm form, JsonObject answers, JsonObject? parameters = null)
    {
        if (catalog.ForForm(form) is not { } compilation)
        {
            return null;
        }

        var ruleSet = compilation.RuleSet
            ?? throw new InvalidOperationException($"The eligibility rules of form '{form.Form.Id}' do not compile: {string.Join("; ", compilation.Diagnostics)}");
        var name = form.Form.Eligibility!.Workflow;
        var workflow = name is null ? ruleSet.Workflows[0] : ruleSet.GetWorkflow(name);
        parameters ??= packs.Find(form.Form.Id, form.Form.Version)?.Pack.DefaultValues();
        var input = ruleSet.CreateInput(new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["input1"] = answers, ["param"] = parameters });
        var decision = workflow.Decide(input);
        return new EligibilityDecision(decision.IsSuccess ? EligibilityDecision.Eligible : EligibilityDecision.Ineligible, decision.Text, decision.Events);
    }
}
