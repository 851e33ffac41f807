using System.Collections.Concurrent;

namespace FormsEngine.Rules;

/// <summary>
/// Compiled rule sets by (id, version), so each published version is compiled once. Thread-safe: concurrent requests for
/// the same key compile once and share the result (failed compilations are cached too, with their diagnostics).
/// </summary>
public sealed class RuleSetCache
{
    private readonly ConcurrentDictionary<(string Id, int Version), Lazy<RuleSetCompilation>> _entries = new();

    /// <summary>How many (id, version) entries are held.</summary>
    public int Count => _entries.Count;

    /// <summary>Returns the cached compilation, or runs <paramref name="compile"/> once to create it.</summary>
    /// <param name="id">The rule set's id or WorkflowName.</param>
    /// <param name="version">The published version.</param>
    /// <param name="compile">Compiles that version, e.g. <c>() =&gt; RuleSet.Compile(json, options)</c>.</param>
    public RuleSetCompilation GetOrCompile(string id, int version, Func<RuleSetCompilation> compile)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(compile);
        return _entries.GetOrAdd((id, version), _ => new Lazy<RuleSetCompilation>(compile, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The cached compilation of (id, version), if any.</summary>
    public bool TryGet(string id, int version, out RuleSetCompilation? compilation)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_entries.TryGetValue((id, version), out var entry) && entry.IsValueCreated)
        {
            compilation = entry.Value;
            return true;
        }

        compilation = null;
        return false;
    }

    /// <summary>Drops every version of <paramref name="id"/>; returns how many were dropped.</summary>
    public int Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var removed = 0;
        foreach (var key in _entries.Keys.Where(k => string.Equals(k.Id, id, StringComparison.Ordinal)))
        {
            removed += _entries.TryRemove(key, out _) ? 1 : 0;
        }

        return removed;
    }
}
