using System.Globalization;
using System.Text;
using FormsEngine.LoadTest.Scenarios;

namespace FormsEngine.LoadTest;

/// <summary>
/// The soak mode: the mixed workload for a warm-up and then whole windows (the soak's length rounded down to whole
/// windows, at least one); after each window one row: requests, throughput, p50/p99 of that window, errors and the
/// host's RSS. The verdict reports first-to-last RSS growth and p99 drift; it fails on any error, warm-up included, or
/// when RSS grew more than the allowed percentage over the second half of the soak.
/// </summary>
internal static class SoakRunner
{
    public static async Task<(string Markdown, bool Passed)> RunAsync(
        LoadOptions options, ScenarioSet scenarios, HostProcess host, TextWriter console, CancellationToken cancellationToken)
    {
        var soak = options.Soak ?? throw new InvalidOperationException("not a soak run");
        var windows = Math.Max(1, (int)(soak.Ticks / options.Window.Ticks));
        var warmup = options.EffectiveWarmup;
        var workers = await ClosedLoop.CreateWorkersAsync(scenarios.Mixed(options.Mix), options.Concurrency, cancellationToken);
        var md = new StringBuilder();
        try
        {
            var recorder = new LatencyRecorder();
            var rssBefore = ProcessMemory.ReadRssBytes(host.ProcessId);
            recorder.TakeWindow();
            var loop = ClosedLoop.RunAsync(workers, warmup + windows * options.Window, recorder, cancellationToken);
            var started = DateTime.UtcNow;

            await Task.Delay(warmup, cancellationToken);
            var (warmSamples, warmElapsed) = recorder.TakeWindow();
            var warm = LatencySummary.From("warm-up", warmSamples, warmElapsed);
            Line(md, console, $"Warm-up {warmup.TotalSeconds:0} s: {warm.Requests} requests, {warm.Throughput:F0}/s, errors {warm.ErrorText}; host RSS {MarkdownTable.Mb(rssBefore)} MB before, {MarkdownTable.Mb(ProcessMemory.ReadRssBytes(host.ProcessId))} MB after");
            Line(md, console, "");
            Line(md, console, MarkdownTable.SoakHeader());

            var rows = new List<(LatencySummary Summary, long? Rss)>();
            var all = new List<Sample>();
            var measured = TimeSpan.Zero;
            for (var w = 1; w <= windows; w++)
            {
                var due = started + warmup + w * options.Window;
                if (w == windows)
                {
                    await loop;
                }
                else if (due - DateTime.UtcNow is { } wait && wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                var (samples, elapsed) = recorder.TakeWindow();
                var summary = LatencySummary.From(w.ToString(CultureInfo.InvariantCulture), samples, elapsed);
                var rss = ProcessMemory.ReadRssBytes(host.ProcessId);
                rows.Add((summary, rss));
                all.AddRange(samples);
                measured += elapsed;
                Line(md, console, MarkdownTable.SoakRow(w, DateTime.UtcNow - started, summary, rss));
            }

            Line(md, console, "");
            Line(md, console, "Whole soak after warm-up, by operation:");
            Line(md, console, "");
            md.Append(MarkdownTable.Phases(LatencySummary.WithOperations("mixed", all, measured)));
            console.Write(MarkdownTable.Phases(LatencySummary.WithOperations("mixed", all, measured)));
            return (md.ToString(), Verdict(md, console, options, rows, warm.ErrorCount));
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }
    }

    /// <summary>
    /// Memory is judged on the second half of the soak: the host's RSS climbs while its caches, pools and the GC's
    /// budgets fill (and the database grows with every submission), then levels off; a leak keeps climbing at the same
    /// rate. So the limit applies to the growth from the middle window to the last; first to last is reported too.
    /// </summary>
    private static bool Verdict(StringBuilder md, TextWriter console, LoadOptions options, List<(LatencySummary Summary, long? Rss)> rows, int warmupErrors)
    {
        var first = rows[0];
        var middle = rows[rows.Count / 2];
        var last = rows[^1];
        var errors = warmupErrors + rows.Sum(r => r.Summary.ErrorCount);
        var growth = Growth(first.Rss, last.Rss);
        var steady = Growth(middle.Rss, last.Rss);
        var drift = first.Summary.P99Ms > 0 ? last.Summary.P99Ms / first.Summary.P99Ms : double.NaN;
        var rssOk = steady is null || steady <= options.MaxRssGrowthPercent;
        var passed = errors == 0 && rssOk;
        Line(md, console, "");
        Line(md, console, string.Create(CultureInfo.InvariantCulture,
            $"Verdict: {(passed ? "PASS" : "FAIL")} — errors {errors} (warm-up {warmupErrors}); host RSS window 1 → {rows.Count}: {MarkdownTable.Mb(first.Rss)} → {MarkdownTable.Mb(last.Rss)} MB ") +
            (growth is { } g && steady is { } h
                ? string.Create(CultureInfo.InvariantCulture, $"({g:+0.0;-0.0}%); second half, window {rows.Count / 2 + 1} → {rows.Count}: {h:+0.0;-0.0}% (limit {options.MaxRssGrowthPercent:0.#}%)")
                : "(not measured: no host pid)") +
            string.Create(CultureInfo.InvariantCulture, $"; p99 {MarkdownTable.Ms(first.Summary.P99Ms)} → {MarkdownTable.Ms(last.Summary.P99Ms)} ms ({drift:F2}×); throughput {first.Summary.Throughput:F0} → {last.Summary.Throughput:F0}/s"));
        return passed;
    }

    private static double? Growth(long? from, long? to) => from is { } a && to is { } b && a > 0 ? (b - a) * 100.0 / a : null;

    private static void Line(StringBuilder md, TextWriter console, string line)
    {
        md.AppendLine(line);
        console.WriteLine(line);
    }
}
