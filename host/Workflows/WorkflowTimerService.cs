using FormsEngine.Host.Hosting;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// Drives waits, SLA escalations and then outbox delivery: every <see cref="FormsEngineHostOptions.TimerInterval"/> it asks
/// the runtime to process due work. The runtime claims each item with a lease, so several hosts on one database never
/// fire the same timer twice. A failing round is logged and retried on the next tick; the service never stops the host.
/// </summary>
internal sealed partial class WorkflowTimerService(
    WorkflowRuntime runtime,
    OutboxDispatcher outbox,
    TimeProvider time,
    IOptions<FormsEngineHostOptions> options,
    ILogger<WorkflowTimerService> logger) : BackgroundService
{
    private const int MaxRoundsPerTick = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TimerInterval, time);
        do
        {
            try
            {
                // Drain a backlog without waiting for ticks, but never spin: at most MaxRoundsPerTick rounds a tick.
                var rounds = 0;
                while (rounds++ < MaxRoundsPerTick
                    && await runtime.ProcessDueWorkAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false) > 0)
                {
                }

                await outbox.DispatchAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailure(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing due workflow work failed; retrying on the next tick")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
