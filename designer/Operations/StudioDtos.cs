namespace FormsEngine.Designer.Operations;

/// <summary>
/// The signed-in staff member: account name, display name, role (one of the host's staff roles, e.g. 社区工作人员),
/// community, and whether the role may open one submission's personal data in clear.
/// </summary>
public sealed record StudioUser(string UserName, string DisplayName, string? Role, string? CommunityId, string? CommunityName, bool MayUnmask);

/// <summary>The submissions grid's filter, sort and page.</summary>
public sealed record SubmissionQuery
{
    public string? FormId { get; init; }

    /// <summary><c>eligible</c>, <c>ineligible</c> or null for any.</summary>
    public string? Outcome { get; init; }

    /// <summary>Submitted on or after this day (China time).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Submitted on or before this day (China time).</summary>
    public DateOnly? To { get; init; }

    public SubmissionSort SortBy { get; init; } = SubmissionSort.SubmittedAt;

    public bool Descending { get; init; } = true;

    public int Skip { get; init; }

    public int Take { get; init; } = 20;
}

/// <summary>The columns the submissions grid sorts by.</summary>
public enum SubmissionSort
{
    SubmittedAt,
    Reference,
    Form,
    Grid,
    Outcome,
}

/// <summary>One answer as display text, e.g. 身份证号 → 110***********0014.</summary>
public sealed record AnswerLine(string Name, string Value);

/// <summary>One submission as the grid shows it.</summary>
public sealed record SubmissionSummary(
    string Id,
    string Reference,
    string FormId,
    string CommunityId,
    string? GridId,
    string? BuildingId,
    DateTimeOffset SubmittedAt,
    string? Outcome,
    string? Explanation,
    bool Purged,
    IReadOnlyList<AnswerLine> Answers);

/// <summary>A page of submissions; <see cref="Forms"/> lists the form ids the user can filter by.</summary>
public sealed record SubmissionPage(int Total, IReadOnlyList<SubmissionSummary> Items, bool MayUnmask, IReadOnlyList<string> Forms);

/// <summary>One submission with its workflow's tasks, oldest first.</summary>
public sealed record SubmissionDetail(SubmissionSummary Submission, bool Unmasked, bool MayUnmask, IReadOnlyList<TimelineEntry> Timeline);

/// <summary>One task of a submission's workflow.</summary>
public sealed record TimelineEntry(string Title, string AssigneeName, string Status, string? Outcome, string? CompletedBy, DateTimeOffset? DueAt, IReadOnlyList<string> Comments);

/// <summary>A task in the inbox. <see cref="IsRoleTask"/>: offered to the role, to be claimed before it is completed.</summary>
public sealed record InboxTask(
    string Id,
    string SubmissionId,
    string? SubmissionReference,
    string Title,
    bool IsRoleTask,
    string AssigneeId,
    DateTimeOffset? DueAt,
    bool Overdue,
    int EscalationLevel);

/// <summary>The result of claiming or completing a task, with the runtime's message in both languages.</summary>
public sealed record TaskActionOutcome(bool Succeeded, string MessageZh, string MessageEn);

/// <summary>A count per day, for the dashboard's line chart.</summary>
public sealed record DayCount(DateOnly Day, int Count);

/// <summary>A count per named group (a grid, an outcome).</summary>
public sealed record NamedCount(string Name, int Count);

/// <summary>The dashboard's numbers.</summary>
public sealed record DashboardData(IReadOnlyList<DayCount> PerDay, IReadOnlyList<NamedCount> PerGrid, IReadOnlyList<NamedCount> PerOutcome, int OpenTasks, int OverdueTasks)
{
    /// <summary>The latest submissions the user can see, with where their workflow stands.</summary>
    public IReadOnlyList<RecentSubmission> Recent { get; init; } = [];
}

/// <summary>
/// One recent submission on the dashboard. <c>Status</c> is the workflow's state (<c>Waiting</c>, <c>Running</c>,
/// <c>Completed</c>, <c>Faulted</c>…, or <c>None</c> when no workflow started); <c>WaitingFor</c> names its open tasks
/// and who holds them; <c>EndStatus</c> is how a completed workflow ended.
/// </summary>
public sealed record RecentSubmission(string Id, string Reference, string FormId, DateTimeOffset SubmittedAt, string? Outcome, string Status, string? WaitingFor, string? EndStatus);

/// <summary>The task outcomes the inbox offers (the approval workflow's outcome names).</summary>
public static class TaskOutcomes
{
    public const string Approve = "approve";
    public const string ReturnForCorrection = "returnForCorrection";
    public const string Reject = "reject";
}
