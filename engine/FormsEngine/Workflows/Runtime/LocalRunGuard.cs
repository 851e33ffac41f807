using System.Collections.Concurrent;

namespace FormsEngine.Workflows.Runtime;

/// <summary>
/// At most one runner per instance inside this process. A runnable instance has two ways to run on: the continuation
/// queued by the request that started it, and the timer loop's sweep of instances whose lease lapsed (which is how a
/// backlog or a crash is recovered). Without this both took the same instance under load, and the loser found out only
/// at commit, as a unique-key violation on the audit sequence: caught and harmless, but 20 thrown exceptions a second.
/// Across processes the lease and the version check still decide.
/// </summary>
internal sealed class LocalRunGuard
{
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);

    /// <summary>Marks the instance as running here; false when another runner in this process already has it.</summary>
    public bool TryEnter(string instanceId) => _running.TryAdd(instanceId, 0);

    public void Exit(string instanceId) => _running.TryRemove(instanceId, out _);
}
