using System.Text.Json.Nodes;

namespace FormsEngine.Host.Api;

/// <summary>One page of a list; <paramref name="TotalIsLowerBound"/> when there are more than <paramref name="Total"/> (a count that stops early).</summary>
internal sealed record Page<T>(int Total, int PageNumber, int PageSize, IReadOnlyList<T> Items, bool TotalIsLowerBound = false);

/// <summary>A form of the library, at its latest version.</summary>
internal sealed record FormSummary(string Id, string Title, string? TitleEn, int Version, int Versions);

/// <summary>One saved version of a form.</summary>
internal sealed record FormVersionInfo(string FormId, int Version, DateTimeOffset CreatedAt, string CreatedBy, string? ChangeNote);

/// <summary>A form published to a community, with its resident URL.</summary>
internal sealed record PublicationInfo(long Id, string CommunityId, string FormId, int FormVersion, string ResidentUrl, bool Open, DateTimeOffset? ClosesAt, int RetentionDays);

/// <summary>A submission as staff see it; <see cref="Answers"/> are masked unless asked for and allowed.</summary>
internal sealed record SubmissionInfo(
    string Id,
    string Reference,
    string FormId,
    int FormVersion,
    string CommunityId,
    string? GridId,
    string? BuildingId,
    DateTimeOffset SubmittedAt,
    string? Outcome,
    string? Explanation,
    bool Unmasked,
    bool Purged,
    JsonObject Answers);

/// <summary>The body of <c>POST /api/v1/submissions</c>.</summary>
internal sealed record CreateSubmission(string? Community, string? Form, JsonObject? Answers, string? Building);

/// <summary>What a stored submission gives back.</summary>
internal sealed record SubmissionReceipt(string Id, string Reference, string? Outcome, string? Explanation, bool Repeated);

/// <summary>A task of the staff inbox.</summary>
internal sealed record TaskItem(string Id, string InstanceId, string SubmissionId, string Title, string AssigneeKind, string AssigneeId, DateTimeOffset? DueAt, bool Overdue, int EscalationLevel);

/// <summary>The body of <c>POST /api/v1/tasks/{id}/complete</c>.</summary>
internal sealed record CompleteTask(string? Outcome, string? Comment);

/// <summary>The result of acting on a task.</summary>
internal sealed record TaskActionResult(string Status, string MessageZh, string MessageEn);

/// <summary>The body of <c>POST /api/v1/rules/evaluate</c>: a form's eligibility rules on sample answers.</summary>
internal sealed record EvaluateRules(string? Form, int? Version, JsonObject? Answers);

/// <summary>What the rules decided, with the explanation a resident would see and the trace staff read.</summary>
internal sealed record RulesEvaluation(string? Outcome, string? Explanation, IReadOnlyList<string> Events, JsonArray Trace);
