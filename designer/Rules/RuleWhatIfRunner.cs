using System.Text.Json.Nodes;
using FormsEngine.Designer.Operations;
using FormsEngine.Rules.WhatIf;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>One stored submission for a what-if run: its id, reference number and answers in clear (never shown).</summary>
public sealed record WhatIfSubmission(string Id, string Reference, JsonObject Answers);

/// <summary>
/// Compares the published and the edited rule set on stored submissions with the engine's <see cref="RuleSetWhatIf"/>,
/// and adds each changed submission's overall outcome before and after.
/// </summary>
public static class RuleWhatIfRunner
{
    /// <summary>Runs both versions of the form's eligibility workflow on every submission; never throws for bad rules.</summary>
    public static WhatIfResult Compare(string formJson, string publishedJson, string editedJson, string? workflow, IReadOnlyList<WhatIfSubmission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var (before, beforeProblems) = RuleEvaluation.Prepare(formJson, publishedJson, workflow);
        var (after, afterProblems) = RuleEvaluation.Prepare(formJson, editedJson, workflow);
        if (before is null || after is null)
        {
            return WhatIfResult.Failed([.. beforeProblems.Select(p => p with { Where = "published " + p.Where }), .. afterProblems]);
        }

        if (before.Workflow.Name != after.Workflow.Name)
        {
            return WhatIfResult.Failed([new RuleMessage($"修改后的规则集没有工作流“{before.Workflow.Name}”", $"the edited rule set has no workflow '{before.Workflow.Name}'", "$")]);
        }

        var answers = submissions.Select(s => new StoredAnswer(s.Id, Inputs(before, s.Answers))).ToList();
        var report = RuleSetWhatIf.Compare(before.RuleSet, after.RuleSet, before.Workflow.Name, answers);
        var byId = submissions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var changes = report.Changes.Select(c =>
        {
            var submission = byId[c.Id];
            return new WhatIfChange(c.Id, submission.Reference,
                before.IsEligible(before.RuleSet.CreateInput(Inputs(before, submission.Answers))),
                after.IsEligible(after.RuleSet.CreateInput(Inputs(after, submission.Answers))),
                [.. c.Changes.Select(x => x.RuleName)]);
        }).ToList();
        return new WhatIfResult(true, [], report.Total, report.Gainers.Count, report.Losers.Count, report.EventChanges.Count, report.Unchanged, changes);
    }

    private static Dictionary<string, JsonNode?> Inputs(RuleEvaluation evaluation, JsonObject answers)
    {
        var validation = evaluation.Form.ValidateSubmission(RuleTestRunner.Reparsed(answers));
        return new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { [RuleFormSchema.InputName] = validation.IsValid ? validation.Normalized : answers };
    }
}
