using System.Diagnostics;
using FormsEngine.LoadTest.Scenarios;

namespace FormsEngine.LoadTest;

/// <summary>
/// Runs workers in a closed loop (each sends its next request when the previous one answered) until a deadline, and
/// records every request. A request still in flight at the deadline finishes and counts; none is cancelled.
/// </summary>
internal static class ClosedLoop
{
    public static async Task RunAsync(IReadOnlyList<IScenarioWorker> workers, TimeSpan duration, LatencyRecorder recorder, CancellationToken cancellationToken)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(workers.Select(w => Task.Run(() => LoopAsync(w, end, recorder, cancellationToken), cancellationToken)));
    }

    /// <summary>Makes <paramref name="count"/> workers of a scenario, set up one after another (sign-ins, first page loads).</summary>
    public static async Task<List<IScenarioWorker>> CreateWorkersAsync(IScenario scenario, int count, CancellationToken cancellationToken)
    {
        var workers = new List<IScenarioWorker>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                workers.Add(await scenario.CreateWorkerAsync(i, cancellationToken));
            }

            return workers;
        }
        catch
        {
            workers.ForEach(w => w.Dispose());
            throw;
        }
    }

    private static async Task LoopAsync(IScenarioWorker worker, long end, LatencyRecorder recorder, CancellationToken cancellationToken)
    {
        while (Stopwatch.GetTimestamp() < end && !cancellationToken.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            Outcome outcome;
            try
            {
                outcome = await worker.RunOnceAsync(cancellationToken);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = new Outcome("?", "timeout");
            }
            catch (HttpRequestException ex)
            {
                outcome = new Outcome("?", $"{nameof(HttpRequestException)}({ex.HttpRequestError})");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            recorder.Record(outcome.Operation, Stopwatch.GetElapsedTime(start), outcome.Error);
        }
    }
}
