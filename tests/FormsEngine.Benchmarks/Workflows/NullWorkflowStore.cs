using FormsEngine.Workflows.Persistence;

namespace FormsEngine.Benchmarks.Workflows;

/// <summary>A store that accepts every commit and keeps nothing: the runtime's own cost without a database.</summary>
internal sealed class NullWorkflowStore : IWorkflowStore
{
    private readonly List<DefinitionRow> _definitions = [];

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> AddDefinitionAsync(DefinitionRow definition, CancellationToken cancellationToken)
    {
        _definitions.Add(definition);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<DefinitionRow>> ListDefinitionsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DefinitionRow>>(_definitions);

    public Task<InstanceRow?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken) => Task.FromResult<InstanceRow?>(null);

    public Task<string?> FindInstanceOfTaskAsync(string taskId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<IReadOnlyList<TaskRow>> ListOpenTasksAsync(string assigneeId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TaskRow>>([]);

    public Task<IReadOnlyList<string>> ListOpenInstancesAsync(string definitionId, int version, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

    public Task<bool> CommitAsync(StepCommit commit, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<IReadOnlyList<ScheduledWorkRow>> ClaimDueWorkAsync(string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ScheduledWorkRow>>([]);

    public Task<IReadOnlyList<string>> ClaimStalledInstancesAsync(string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

    public Task<IReadOnlyList<OutboxRow>> ClaimOutboxAsync(string owner, long now, long leaseUntil, int max, int maxAttempts, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<OutboxRow>>([]);

    public Task<bool> RecordDeliveryAsync(long outboxId, string owner, long at, string? failure, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<IReadOnlyList<OutboxRow>> ListOutboxAsync(string channel, string recipient, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<OutboxRow>>([]);

    public Task<IReadOnlyList<AuditRow>> ListAuditAsync(string instanceId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AuditRow>>([]);

    public Task<IReadOnlyList<string>> ListAuditedInstancesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);
}
