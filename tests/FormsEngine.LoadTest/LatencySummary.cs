namespace FormsEngine.LoadTest;

/// <summary>
/// Counts, errors by kind, throughput and exact percentiles (nearest rank over every recorded sample, so p99 of 10 000
/// requests is the 9 900th fastest) of a set of samples; failed requests count in the latencies too.
/// </summary>
internal sealed record LatencySummary(
    string Name, int Requests, IReadOnlyDictionary<string, int> Errors, double Throughput, double P50Ms, double P90Ms, double P99Ms, double MaxMs)
{
    public int ErrorCount => Errors.Values.Sum();

    public static LatencySummary From(string name, IReadOnlyList<Sample> samples, TimeSpan elapsed)
    {
        var ticks = samples.Select(s => s.Ticks).ToArray();
        Array.Sort(ticks);
        var errors = samples.Where(s => s.Error is not null).GroupBy(s => s.Error!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new LatencySummary(
            name,
            ticks.Length,
            errors,
            elapsed > TimeSpan.Zero ? ticks.Length / elapsed.TotalSeconds : 0,
            Percentile(ticks, 0.50),
            Percentile(ticks, 0.90),
            Percentile(ticks, 0.99),
            ticks.Length == 0 ? 0 : TimeSpan.FromTicks(ticks[^1]).TotalMilliseconds);
    }

    /// <summary>One summary for all samples and, when there are several operations, one per operation (<c>staff · list</c>).</summary>
    public static IReadOnlyList<LatencySummary> WithOperations(string name, IReadOnlyList<Sample> samples, TimeSpan elapsed)
    {
        var rows = new List<LatencySummary> { From(name, samples, elapsed) };
        var operations = samples.Select(s => s.Operation).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (operations.Count > 1)
        {
            rows.AddRange(operations.Select(op => From($"{name} · {op}", samples.Where(s => s.Operation == op).ToList(), elapsed)));
        }

        return rows;
    }

    /// <summary>Errors as <c>3 (500×2, HttpRequestException×1)</c>, or <c>0</c>.</summary>
    public string ErrorText => ErrorCount == 0 ? "0" : $"{ErrorCount} ({string.Join(", ", Errors.Select(e => $"{e.Key}×{e.Value}"))})";

    private static double Percentile(long[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Length);
        return TimeSpan.FromTicks(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)]).TotalMilliseconds;
    }
}
