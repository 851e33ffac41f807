namespace FormsEngine.Workflows.Persistence;

/// <summary>
/// Everything one step changed, saved in one transaction: the instance (at <see cref="ExpectedVersion"/>, or inserted
/// when it is 0), task copies, outbox rows, new and finished scheduled work, and audit entries.
/// </summary>
public sealed class StepCommit
{
    /// <summary>The instance row to write; its <see cref="InstanceRow.Version"/> is ExpectedVersion + 1.</summary>
    public required InstanceRow Instance { get; init; }

    /// <summary>The version the step read; 0 for a new instance.</summary>
    public long ExpectedVersion { get; init; }

    /// <summary>Task copies to insert or update.</summary>
    public List<TaskRow> Tasks { get; } = [];

    /// <summary>Outbox rows to insert (duplicates by idempotency key are skipped).</summary>
    public List<OutboxRow> Outbox { get; } = [];

    /// <summary>Timers and SLA deadlines to add.</summary>
    public List<ScheduledWorkRow> NewWork { get; } = [];

    /// <summary>Ids of scheduled work that is finished.</summary>
    public List<string> FinishedWork { get; } = [];

    /// <summary>Audit entries to append.</summary>
    public List<AuditRow> Audit { get; } = [];
}
