namespace FormsEngine.Workflows.Persistence;

/// <summary>
/// Durable storage for the workflow runtime. <c>FormsEngine.Storage</c> implements it with EF Core (SQLite by default;
/// nothing provider-specific in the normal path). Claims use conditional updates (one <c>FOR UPDATE SKIP LOCKED</c> statement on PostgreSQL) so several hosts can share one database.
/// </summary>
public interface IWorkflowStore
{
    /// <summary>Creates the schema when missing.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Saves a published definition version; false when that id and version already exist.</summary>
    Task<bool> AddDefinitionAsync(DefinitionRow definition, CancellationToken cancellationToken);

    /// <summary>Every published definition version.</summary>
    Task<IReadOnlyList<DefinitionRow>> ListDefinitionsAsync(CancellationToken cancellationToken);

    /// <summary>One instance, or null.</summary>
    Task<InstanceRow?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>The instance that owns a task, or null.</summary>
    Task<string?> FindInstanceOfTaskAsync(string taskId, CancellationToken cancellationToken);

    /// <summary>Open tasks of an assignee (account id or role name), oldest first: the staff inbox.</summary>
    Task<IReadOnlyList<TaskRow>> ListOpenTasksAsync(string assigneeId, CancellationToken cancellationToken);

    /// <summary>Open instances of a definition version.</summary>
    Task<IReadOnlyList<string>> ListOpenInstancesAsync(string definitionId, int version, CancellationToken cancellationToken);

    /// <summary>Saves one step atomically; false (and nothing written) when the instance moved past the expected version.</summary>
    Task<bool> CommitAsync(StepCommit commit, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> due timers and SLA deadlines for <paramref name="owner"/> until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<ScheduledWorkRow>> ClaimDueWorkAsync(string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken);

    /// <summary>Claims runnable instances whose lease ran out (their runner stopped mid-run).</summary>
    Task<IReadOnlyList<string>> ClaimStalledInstancesAsync(string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken);

    /// <summary>Claims undelivered outbox rows that have had fewer than <paramref name="maxAttempts"/> delivery attempts.</summary>
    Task<IReadOnlyList<OutboxRow>> ClaimOutboxAsync(string owner, long now, long leaseUntil, int max, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>
    /// Records a delivery attempt (delivered when <paramref name="failure"/> is null) if <paramref name="owner"/> still
    /// holds the row's lease and it is not delivered yet; false, and nothing written, otherwise.
    /// </summary>
    Task<bool> RecordDeliveryAsync(long outboxId, string owner, long at, string? failure, CancellationToken cancellationToken);

    /// <summary>Outbox rows for one recipient and channel, newest first (the in-app inbox).</summary>
    Task<IReadOnlyList<OutboxRow>> ListOutboxAsync(string channel, string recipient, CancellationToken cancellationToken);

    /// <summary>The audit entries of an instance in sequence order.</summary>
    Task<IReadOnlyList<AuditRow>> ListAuditAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Ids of every instance that has audit entries.</summary>
    Task<IReadOnlyList<string>> ListAuditedInstancesAsync(CancellationToken cancellationToken);
}
