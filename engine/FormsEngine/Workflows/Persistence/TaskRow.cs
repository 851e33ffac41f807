namespace FormsEngine.Workflows.Persistence;

/// <summary>A queryable copy of a human task (for inboxes); the instance state is authoritative.</summary>
public sealed class TaskRow
{
    /// <summary>The task id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The instance the task belongs to.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>The assign-task activity.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>The rendered title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Person or Role.</summary>
    public string AssigneeKind { get; set; } = "";

    /// <summary>The account id or role name.</summary>
    public string AssigneeId { get; set; } = "";

    /// <summary>Open, Completed or Cancelled.</summary>
    public string Status { get; set; } = "";

    /// <summary>The outcome chosen, when completed.</summary>
    public string? Outcome { get; set; }

    /// <summary>Who completed it.</summary>
    public string? CompletedBy { get; set; }

    /// <summary>0 for the first assignee; +1 per escalation.</summary>
    public int EscalationLevel { get; set; }

    /// <summary>The due time (Unix ms), or null.</summary>
    public long? DueAt { get; set; }
}
