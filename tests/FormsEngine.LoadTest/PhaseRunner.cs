using FormsEngine.LoadTest.Scenarios;

namespace FormsEngine.LoadTest;

/// <summary>
/// The phases mode: for each phase, set up the workers (not timed), warm up (not recorded, errors still counted), run
/// the closed loop for the duration, and summarize; then print one table with every phase against <c>empty</c>.
/// </summary>
internal static class PhaseRunner
{
    public static async Task<(string Markdown, int Errors)> RunAsync(LoadOptions options, ScenarioSet scenarios, TextWriter console, CancellationToken cancellationToken)
    {
        var rows = new List<LatencySummary>();
        var warmupErrors = 0;
        foreach (var name in options.Phases)
        {
            var workers = await ClosedLoop.CreateWorkersAsync(scenarios.Get(name), options.Concurrency, cancellationToken);
            try
            {
                if (options.EffectiveWarmup > TimeSpan.Zero)
                {
                    var warmup = new LatencyRecorder();
                    await ClosedLoop.RunAsync(workers, options.EffectiveWarmup, warmup, cancellationToken);
                    var (samples, elapsed) = warmup.TakeWindow();
                    var summary = LatencySummary.From(name + " warm-up", samples, elapsed);
                    warmupErrors += summary.ErrorCount;
                    if (summary.ErrorCount > 0)
                    {
                        console.WriteLine($"{name}: warm-up errors {summary.ErrorText}");
                    }
                }

                var recorder = new LatencyRecorder();
                recorder.TakeWindow();
                await ClosedLoop.RunAsync(workers, options.Duration, recorder, cancellationToken);
                var (measured, took) = recorder.TakeWindow();
                var phaseRows = LatencySummary.WithOperations(name, measured, took);
                var main = phaseRows[0];
                console.WriteLine($"{name}: {main.Requests} requests, {main.Throughput:F0}/s, p50 {MarkdownTable.Ms(main.P50Ms)} ms, p99 {MarkdownTable.Ms(main.P99Ms)} ms, errors {main.ErrorText}");
                rows.AddRange(phaseRows);
            }
            finally
            {
                workers.ForEach(w => w.Dispose());
            }
        }

        var errors = rows.Where(r => !r.Name.Contains('·', StringComparison.Ordinal)).Sum(r => r.ErrorCount) + warmupErrors;
        var markdown = MarkdownTable.Phases(rows) + (warmupErrors > 0 ? $"{Environment.NewLine}Warm-up errors (not in the table): {warmupErrors}{Environment.NewLine}" : "");
        return (markdown, errors);
    }
}
