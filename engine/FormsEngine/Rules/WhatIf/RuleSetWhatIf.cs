namespace FormsEngine.Rules.WhatIf;

/// <summary>
/// Compares two versions of a rule set on stored answers before publishing: who gains, who loses, whose success event
/// changes. Top-level rules are matched by name; a rule missing from one version counts as failing there.
/// </summary>
public static class RuleSetWhatIf
{
    /// <summary>Runs <paramref name="workflowName"/> of both versions on every answer.</summary>
    public static WhatIfReport Compare(RuleSet current, RuleSet proposed, string workflowName, IEnumerable<StoredAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(answers);
        var before = current.GetWorkflow(workflowName);
        var after = proposed.GetWorkflow(workflowName);
        var names = before.RuleNames.Concat(after.RuleNames).Distinct(StringComparer.Ordinal).ToList();
        var changes = new List<AnswerChange>();
        var total = 0;
        foreach (var answer in answers)
        {
            total++;
            var was = Outcomes(before, current.CreateInput(answer.Inputs));
            var now = Outcomes(after, proposed.CreateInput(answer.Inputs));
            var ruleChanges = new List<OutcomeChange>();
            foreach (var name in names)
            {
                var (wasSuccess, eventBefore) = was.GetValueOrDefault(name);
                var (isSuccess, eventAfter) = now.GetValueOrDefault(name);
                OutcomeChangeKind? kind = (wasSuccess, isSuccess) switch
                {
                    (false, true) => OutcomeChangeKind.Gained,
                    (true, false) => OutcomeChangeKind.Lost,
                    (true, true) when !string.Equals(eventBefore, eventAfter, StringComparison.Ordinal) => OutcomeChangeKind.EventChanged,
                    _ => null,
                };
                if (kind is { } k)
                {
                    ruleChanges.Add(new OutcomeChange(name, k, wasSuccess, isSuccess, eventBefore, eventAfter));
                }
            }

            if (ruleChanges.Count > 0)
            {
                changes.Add(new AnswerChange(answer.Id, ruleChanges));
            }
        }

        return new WhatIfReport(total, changes);
    }

    private static Dictionary<string, (bool Success, string? Event)> Outcomes(RuleWorkflow workflow, RuleInput input) =>
        workflow.Execute(input).ToDictionary(r => r.RuleName, r => (r.IsSuccess, r.SuccessEvent), StringComparer.Ordinal);
}
