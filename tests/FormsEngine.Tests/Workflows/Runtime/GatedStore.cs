using FormsEngine.Workflows.Persistence;

namespace FormsEngine.Tests.Workflows.Runtime;

/// <summary>
/// Passes everything to the real store, but holds the first <c>parties</c> commits until all of them have arrived, so
/// two writers that read the same version really do race on the save. <see cref="BeforeCommit"/> can hold a commit
/// too, and <see cref="Commits"/>/<see cref="Conflicts"/> count what reached the real store.
/// </summary>
internal sealed class GatedStore(IWorkflowStore inner, int parties) : IWorkflowStore, IDisposable
{
    private readonly Barrier _barrier = new(parties);
    private int _gated = parties;
    private int _commits;
    private int _conflicts;

    /// <summary>Awaited before each commit is passed on (e.g. to hold one mid-step).</summary>
    public Func<StepCommit, Task>? BeforeCommit { get; init; }

    /// <summary>Commits passed to the real store.</summary>
    public int Commits => Volatile.Read(ref _commits);

    /// <summary>Commits the real store refused because another writer saved first.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    public async Task<bool> CommitAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _gated) >= 0)
        {
            await Task.Run(() => _barrier.SignalAndWait(TimeSpan.FromSeconds(10), cancellationToken), cancellationToken);
        }

        if (BeforeCommit is { } hold)
        {
            await hold(commit);
        }

        Interlocked.Increment(ref _commits);
        var saved = await inner.CommitAsync(commit, cancellationToken);
        if (!saved)
        {
            Interlocked.Increment(ref _conflicts);
        }

        return saved;
    }

    public void Dispose() => _barrier.Dispose();

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<bool> AddDefinitionAsync(DefinitionRow definition, CancellationToken cancellationToken) => inner.AddDefinitionAsync(definition, cancellationToken);

    public Task<IReadOnlyList<DefinitionRow>> ListDefinitionsAsync(CancellationToken cancellationToken) => inner.ListDefinitionsAsync(cancellationToken);

    public Task<InstanceRow?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken) => inner.FindInstanceAsync(instanceId, cancellationToken);

    public Task<string?> FindInstanceOfTaskAsync(string taskId, CancellationToken cancellationToken) => inner.FindInstanceOfTaskAsync(taskId, cancellationToken);

    public Task<IReadOnlyList<TaskRow>> ListOpenTasksAsync(string assigneeId, CancellationToken cancellationToken) => inner.ListOpenTasksAsync(assigneeId, cancellationToken);

    public Task<IReadOnlyList<string>> ListOpenInstancesAsync(string definitionId, int version, CancellationToken cancellationToken) => inner.ListOpenInstancesAsync(definitionId, version, cancellationToken);

    public Task<IReadOnlyList<ScheduledWorkRow>> ClaimDueWorkAsync(string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken) => inner.ClaimDueWorkAsync(owner, now, leaseUntil, max, cancellationToken);

    public Task<IReadOnlyList<string>> ClaimStalledInstancesAsync(string owner, long now, long leaseUntil, int max, CancellationToken cancellationToken) => inner.ClaimStalledInstancesAsync(owner, now, leaseUntil, max, cancellationToken);

    public Task<IReadOnlyList<OutboxRow>> ClaimOutboxAsync(string owner, long now, long leaseUntil, int max, int maxAttempts, CancellationToken cancellationToken) => inner.ClaimOutboxAsync(owner, now, leaseUntil, max, maxAttempts, cancellationToken);

    public Task<bool> RecordDeliveryAsync(long outboxId, string owner, long at, string? failure, CancellationToken cancellationToken) => inner.RecordDeliveryAsync(outboxId, owner, at, failure, cancellationToken);

    public Task<IReadOnlyList<OutboxRow>> ListOutboxAsync(string channel, string recipient, CancellationToken cancellationToken) => inner.ListOutboxAsync(channel, recipient, cancellationToken);

    public Task<IReadOnlyList<AuditRow>> ListAuditAsync(string instanceId, CancellationToken cancellationToken) => inner.ListAuditAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<string>> ListAuditedInstancesAsync(CancellationToken cancellationToken) => inner.ListAuditedInstancesAsync(cancellationToken);
}
