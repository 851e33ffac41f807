using System.Threading.Channels;
using FormsEngine.Workflows;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// Runs workflows on to their first wait after the submission that started them has been answered. The start itself
/// is committed with the submission (durable); what follows — rules, routing, creating the grid worker's task — runs
/// here, off the resident's request. If the process stops first, or the queue is full, nothing is lost: the instance
/// is saved runnable with a lease, and the timer loop of any node resumes it once the lease lapses.
/// </summary>
internal sealed partial class WorkflowContinuations(WorkflowRuntime runtime, ILogger<WorkflowContinuations> logger) : BackgroundService
{
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private int _pending;

    /// <summary>Queues an instance whose start was just committed.</summary>
    public void Enqueue(string instanceId)
    {
        Interlocked.Increment(ref _pending);
        if (!_queue.Writer.TryWrite(instanceId))
        {
            Interlocked.Decrement(ref _pending);
            LogQueueFull(instanceId);
        }
    }

    /// <summary>Completes when every queued instance has run on (for tests and orderly shutdown), or after <paramref name="timeout"/>.</summary>
    public async Task WhenIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Volatile.Read(ref _pending) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var instanceId in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await runtime.ContinueAsync(instanceId, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogContinueFailed(ex, instanceId);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow continuation queue is full; {InstanceId} will be resumed by the timer loop")]
    private partial void LogQueueFull(string instanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow {InstanceId} did not run on after its submission; the timer loop will resume it")]
    private partial void LogContinueFailed(Exception exception, string instanceId);
}
