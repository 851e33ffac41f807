namespace FormsEngine.Workflows.Persistence;

/// <summary>A timer or an SLA deadline, claimed by one runner at a time through its lease.</summary>
public sealed class ScheduledWorkRow
{
    /// <summary>Stable id, e.g. <c>timer:{token}</c> or <c>sla:{task}:{level}</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The instance to wake.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary><c>timer</c> or <c>sla</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The waiting token (timer) or the task (SLA).</summary>
    public string TargetId { get; set; } = "";

    /// <summary>When it is due (Unix ms).</summary>
    public long DueAt { get; set; }

    /// <summary>True once handled (or no longer needed).</summary>
    public bool Done { get; set; }

    /// <summary>The runner holding it, or null.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When that lease runs out (Unix ms).</summary>
    public long LeaseExpiresAt { get; set; }
}
