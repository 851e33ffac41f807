using System.Globalization;
using System.Text;

namespace FormsEngine.LoadTest;

/// <summary>The markdown tables printed (and written with <c>--out</c>): phases against the baseline, and soak windows.</summary>
internal static class MarkdownTable
{
    /// <summary>One row per phase (and per operation); with an <c>empty</c> row, each phase's p50 and throughput against it.</summary>
    public static string Phases(IReadOnlyList<LatencySummary> rows)
    {
        var empty = rows.FirstOrDefault(r => r.Name == "empty");
        var sb = new StringBuilder()
            .Append("| phase | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |").AppendLine(empty is null ? "" : " p50 ÷ empty | req/s ÷ empty |")
            .Append("|---|---:|---|---:|---:|---:|---:|---:|").AppendLine(empty is null ? "" : "---:|---:|");
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Requests} | {r.ErrorText} | {r.Throughput:F0} | {Ms(r.P50Ms)} | {Ms(r.P90Ms)} | {Ms(r.P99Ms)} | {Ms(r.MaxMs)} |");
            if (empty is not null)
            {
                sb.Append(r.Name.Contains('·', StringComparison.Ordinal) ? "  |  |" : $" {Ratio(r.P50Ms, empty.P50Ms)}× | {Ratio(r.Throughput, empty.Throughput)}× |");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    public static string SoakHeader() =>
        "| window | at (warm-up included) | requests | req/s | p50 ms | p99 ms | errors | host RSS MB |" + Environment.NewLine + "|---:|---:|---:|---:|---:|---:|---|---:|";

    public static string SoakRow(int window, TimeSpan at, LatencySummary s, long? rssBytes) => string.Create(CultureInfo.InvariantCulture,
        $"| {window} | {at:mm\\:ss} | {s.Requests} | {s.Throughput:F0} | {Ms(s.P50Ms)} | {Ms(s.P99Ms)} | {s.ErrorText} | {Mb(rssBytes)} |");

    public static string Mb(long? bytes) => bytes is { } b ? (b / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) : "n/a";

    public static string Ms(double ms) => ms.ToString(ms < 100 ? "F2" : "F1", CultureInfo.InvariantCulture);

    private static string Ratio(double value, double baseline) =>
        baseline > 0 ? (value / baseline).ToString((value / baseline) switch { < 0.1 => "F3", < 10 => "F2", _ => "F1" }, CultureInfo.InvariantCulture) : "–";
}
