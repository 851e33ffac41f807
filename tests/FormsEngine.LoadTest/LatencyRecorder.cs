using System.Diagnostics;

namespace FormsEngine.LoadTest;

/// <summary>
/// Every request's latency, kept exactly (no buckets), with its operation and its error if it failed. Thread-safe;
/// <see cref="TakeWindow"/> hands over what was recorded since the last call (the soak's windows).
/// </summary>
internal sealed class LatencyRecorder
{
    private readonly Lock _gate = new();
    private List<Sample> _samples = new(capacity: 64 * 1024);
    private long _windowStart = Stopwatch.GetTimestamp();

    public void Record(string operation, TimeSpan latency, string? error)
    {
        lock (_gate)
        {
            _samples.Add(new Sample(operation, latency.Ticks, error));
        }
    }

    /// <summary>What was recorded since the last call (or since construction), with the time it covers.</summary>
    public (IReadOnlyList<Sample> Samples, TimeSpan Elapsed) TakeWindow()
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            var taken = _samples;
            var elapsed = Stopwatch.GetElapsedTime(_windowStart, now);
            _samples = new List<Sample>(capacity: Math.Max(1024, taken.Count));
            _windowStart = now;
            return (taken, elapsed);
        }
    }
}

/// <summary>One request: its operation (e.g. <c>page</c>, <c>list</c>), its latency in ticks, and its error (status or exception) if it failed.</summary>
internal readonly record struct Sample(string Operation, long Ticks, string? Error);
