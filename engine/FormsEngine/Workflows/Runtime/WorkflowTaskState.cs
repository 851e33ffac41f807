namespace FormsEngine.Workflows.Runtime;

/// <summary>A human task as the instance keeps it; the tasks table is a queryable copy written in the same transaction.</summary>
internal sealed class WorkflowTaskState
{
    public string Id { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string TokenId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public Seams.AssigneeKind AssigneeKind { get; set; }

    public string AssigneeId { get; set; } = "";

    public string AssigneeName { get; set; } = "";

    public string? Building { get; set; }

    public int EscalationLevel { get; set; }

    public List<string> AllowedOutcomes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public long? SlaMilliseconds { get; set; }

    public DateTimeOffset? SlaDeadline { get; set; }

    public WorkflowTaskStatus Status { get; set; }

    public string? Outcome { get; set; }

    public string? CompletedBy { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public List<string> Comments { get; set; } = [];
}
