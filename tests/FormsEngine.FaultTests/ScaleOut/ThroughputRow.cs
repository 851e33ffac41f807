using System.Globalization;
using System.Text;

namespace FormsEngine.FaultTests.ScaleOut;

/// <summary>One row of the drill's throughput table: resident posts through 1, 2 or 3 nodes for the same time.</summary>
internal sealed record ThroughputRow(int Nodes, int Posts, double Seconds, double P50, double P99)
{
    public double PerSecond => Posts / Seconds;

    public static ThroughputRow From(int nodes, IReadOnlyList<SpreadPost> posts, TimeSpan duration)
    {
        var sorted = posts.Select(p => p.Milliseconds).Order().ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new ThroughputRow(nodes, posts.Count, duration.TotalSeconds, At(0.50), At(0.99));
    }

    public static string Markdown(IReadOnlyList<ThroughputRow> rows)
    {
        var text = new StringBuilder()
            .AppendLine("| nodes | acknowledged posts | posts/s | vs 1 node | post p50 ms | post p99 ms |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Nodes} | {r.Posts} | {r.PerSecond:0.0} | {r.PerSecond / rows[0].PerSecond:0.00}× | {r.P50:0.0} | {r.P99:0.0} |");
        }

        return text.ToString();
    }
}
