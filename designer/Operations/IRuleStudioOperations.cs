namespace FormsEngine.Designer.Operations;

/// <summary>
/// What the rule editors ask of the host: the rule sets and tables staff may edit, test runs on typed or stored answers,
/// and the what-if comparison with the published rule set. The host decrypts stored answers itself and returns only
/// masked values; each call acts as the circuit's signed-in user, so other tenants' submissions are "not found".
/// </summary>
public interface IRuleStudioOperations
{
    /// <summary>The rule sets, each with the forms visible to the user that use it.</summary>
    Task<IReadOnlyList<RuleSetInfo>> ListRuleSetsAsync(CancellationToken cancellationToken);

    /// <summary>The decision tables (<c>rulepacks/tables</c>).</summary>
    Task<IReadOnlyList<DecisionTableInfo>> ListDecisionTablesAsync(CancellationToken cancellationToken);

    /// <summary>The latest stored submissions of <paramref name="formId"/> the user may see (at most <paramref name="take"/>), for the test panel.</summary>
    Task<IReadOnlyList<SampleSubmission>> ListSampleSubmissionsAsync(string formId, int take, CancellationToken cancellationToken);

    /// <summary>Runs the edited rule set on typed answers or on one stored submission; never throws for bad input.</summary>
    Task<RuleTestResult> TestAsync(RuleTestRequest request, CancellationToken cancellationToken);

    /// <summary>Compares the edited rule set with the published one on the stored submissions of <paramref name="formId"/>.</summary>
    Task<WhatIfResult> WhatIfAsync(string formId, string formJson, string ruleSetJson, CancellationToken cancellationToken);
}
