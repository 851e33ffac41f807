namespace FormsEngine.Designer.Operations;

/// <summary>A message in both languages with where it points (a JSON path, a line:col), e.g. from the engine.</summary>
/// <param name="Zh">The Chinese text.</param>
/// <param name="En">The English text.</param>
/// <param name="Where">The path and position, e.g. <c>$.Rules[0].Expression 1:7</c>; null when none.</param>
public sealed record RuleMessage(string Zh, string En, string? Where);

/// <summary>A rule set and the forms that use it.</summary>
/// <param name="Id">The rule set id (file name without <c>.json</c>).</param>
/// <param name="Json">The rule set as published today.</param>
/// <param name="Forms">The forms visible to the user whose eligibility uses it.</param>
public sealed record RuleSetInfo(string Id, string Json, IReadOnlyList<RuleSetForm> Forms);

/// <summary>A form that uses a rule set.</summary>
/// <param name="FormId">The form id.</param>
/// <param name="Version">The latest version published to the user's tenants.</param>
/// <param name="Title">The form's Chinese title.</param>
/// <param name="FormJson">The form definition (the rules read its answers as <c>input1</c>).</param>
/// <param name="Workflow">The workflow its eligibility runs; null for the first.</param>
public sealed record RuleSetForm(string FormId, int Version, string Title, string FormJson, string? Workflow);

/// <summary>A decision table as stored.</summary>
/// <param name="Id">The table id (file name without <c>.json</c>).</param>
/// <param name="Json">The table JSON.</param>
public sealed record DecisionTableInfo(string Id, string Json);

/// <summary>A stored submission to test with; only its reference and date are shown.</summary>
public sealed record SampleSubmission(string Id, string Reference, DateTimeOffset SubmittedAt, string? Outcome);

/// <summary>A test run: the edited form and rule set, and either typed answers (JSON object) or a stored submission.</summary>
/// <param name="FormJson">The form whose answers the rules read.</param>
/// <param name="RuleSetJson">The edited rule set.</param>
/// <param name="AnswersJson">Typed answers as a JSON object; ignored when <paramref name="SubmissionId"/> is set.</param>
/// <param name="SubmissionId">A stored submission of the form.</param>
/// <param name="Workflow">The workflow to run; null for the form's eligibility workflow, else the first.</param>
public sealed record RuleTestRequest(string FormJson, string RuleSetJson, string? AnswersJson, string? SubmissionId, string? Workflow);

/// <summary>One rule's result with its nested rules' results.</summary>
/// <param name="Name">The rule name.</param>
/// <param name="IsSuccess">Whether it held.</param>
/// <param name="SuccessEvent">Its SuccessEvent when it held.</param>
/// <param name="Message">Its rendered success or error message.</param>
/// <param name="ExceptionMessage">Why it could not be evaluated.</param>
/// <param name="Condition">A leaf rule's condition as written.</param>
/// <param name="ConditionValue">The condition's value (true/false/null).</param>
/// <param name="Fields">The fields the condition read and their values (masked for stored submissions).</param>
/// <param name="Children">The nested rules' results.</param>
public sealed record RuleResultNode(string Name, bool IsSuccess, string? SuccessEvent, string? Message, string? ExceptionMessage,
    string? Condition, string? ConditionValue, IReadOnlyList<RuleTraceValue> Fields, IReadOnlyList<RuleResultNode> Children);

/// <summary>A field a condition read, e.g. <c>input1.年龄</c> = 72.</summary>
public sealed record RuleTraceValue(string Field, string Value);

/// <summary>The result of a test run.</summary>
/// <param name="Ran">False when the rules or answers could not be run; see <paramref name="Problems"/>.</param>
/// <param name="Problems">Why it could not run (bilingual, with positions).</param>
/// <param name="Notes">Things to know, e.g. that the sample answers were incomplete and used as typed.</param>
/// <param name="Eligible">True when every top-level rule held.</param>
/// <param name="Explanation">The resident-facing explanation, as the receipt would show it (Chinese).</param>
/// <param name="Events">The success events raised.</param>
/// <param name="Results">One tree per top-level rule.</param>
public sealed record RuleTestResult(bool Ran, IReadOnlyList<RuleMessage> Problems, IReadOnlyList<RuleMessage> Notes, bool Eligible, string Explanation,
    IReadOnlyList<string> Events, IReadOnlyList<RuleResultNode> Results)
{
    /// <summary>A run that did not happen, for the reasons given.</summary>
    public static RuleTestResult Failed(IReadOnlyList<RuleMessage> problems) => new(false, problems, [], false, "", [], []);
}

/// <summary>One stored submission whose outcome changes.</summary>
/// <param name="SubmissionId">The submission id.</param>
/// <param name="Reference">Its reference number, e.g. DQ-261122-7K3M9P.</param>
/// <param name="EligibleBefore">Eligible under the published rule set.</param>
/// <param name="EligibleAfter">Eligible under the edited rule set.</param>
/// <param name="Rules">The top-level rules whose outcome or event changes.</param>
public sealed record WhatIfChange(string SubmissionId, string Reference, bool EligibleBefore, bool EligibleAfter, IReadOnlyList<string> Rules);

/// <summary>What publishing the edited rule set would change for the stored submissions.</summary>
/// <param name="Ran">False when either rule set could not be compiled or the form is not found; see <paramref name="Problems"/>.</param>
/// <param name="Problems">Why it could not run.</param>
/// <param name="Total">Submissions compared (purged ones are skipped).</param>
/// <param name="Gained">Submissions some rule newly passes.</param>
/// <param name="Lost">Submissions some rule newly fails.</param>
/// <param name="EventChanged">Submissions whose success event changes.</param>
/// <param name="Unchanged">Submissions with no change.</param>
/// <param name="Changes">The changed submissions, by reference.</param>
public sealed record WhatIfResult(bool Ran, IReadOnlyList<RuleMessage> Problems, int Total, int Gained, int Lost, int EventChanged, int Unchanged, IReadOnlyList<WhatIfChange> Changes)
{
    /// <summary>A comparison that did not happen, for the reasons given.</summary>
    public static WhatIfResult Failed(IReadOnlyList<RuleMessage> problems) => new(false, problems, 0, 0, 0, 0, 0, []);
}
