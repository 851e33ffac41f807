using System.Diagnostics.Metrics;
using System.Threading.Channels;
using FormsEngine.Workflows;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// Runs workflows on to their first wait after the submission that started them has been answered. The start itself
/// is committed with the submission (durable); what follows — rules, routing, creating the grid worker's task — runs
/// here, off the resident's request. If the process stops first, nothing is lost: the instance is saved runnable with
/// a lease, and the timer loop of any node resumes it once the lease lapses.
/// <para>
/// The backlog is bounded by back-pressure, not by dropping: once <see cref="BacklogLimit"/> starts wait here, the
/// request that committed the next one runs it on itself before answering. Submissions then slow down to the rate
/// the node can finish them at, instead of being answered quickly while a queue of unfinished work grows without end
/// (a 10-minute soak without this reached 20,000 waiting starts). The backlog is published as the gauge
/// <c>formsengine.workflow.continuations.pending</c> (meter <c>FormsEngine.Workflows</c>) for <c>dotnet-counters</c>.
/// </para>
/// </summary>
internal sealed partial class WorkflowContinuations : BackgroundService
{
    /// <summary>The meter of the host's workflow gauges.</summary>
    public const string MeterName = "FormsEngine.Workflows";

    private readonly WorkflowRuntime _runtime;
    private readonly ILogger<WorkflowContinuations> _logger;

    private static readonly int Runners = Math.Clamp(Environment.ProcessorCount * 2, 4, 16);

    /// <summary>Starts that may wait for a runner before the requests that commit more run theirs themselves.</summary>
    public static readonly int BacklogLimit = Runners * 32;

    // Unbounded: HandOffAsync keeps it near BacklogLimit (a few requests may pass the check at once).
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });

    private int _pending;

    public WorkflowContinuations(WorkflowRuntime runtime, ILogger<WorkflowContinuations> logger, IMeterFactory meters)
    {
        _runtime = runtime;
        _logger = logger;
        meters.Create(MeterName).CreateObservableGauge("formsengine.workflow.continuations.pending", () => Volatile.Read(ref _pending),
            unit: "{instance}", description: "Workflow starts committed with their submission and not yet run on to their first wait");
    }

    /// <summary>
    /// Hands over an instance whose start was just committed: queued for a runner, or, when the backlog is full, run on
    /// here before the caller answers. A failure here is logged and left to the timer loop, never the caller's error:
    /// the submission is already stored.
    /// </summary>
    public async Task HandOffAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _pending) <= BacklogLimit && _queue.Writer.TryWrite(instanceId))
        {
            return;
        }

        await ContinueAsync(instanceId, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Several runners drain the queue: a continuation spends most of its time waiting on the database (a load and a
    /// commit per step), so one runner fell behind a steady stream of submissions and its backlog grew without end.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Runners).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        await foreach (var instanceId in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            await ContinueAsync(instanceId, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one instance on (in a runner or in the request that committed it), then counts it off the backlog.</summary>
    private async Task ContinueAsync(string instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await _runtime.ContinueAsync(instanceId, cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow {InstanceId} did not run on after its submission; the timer loop will resume it")]
    private partial void LogContinueFailed(Exception exception, string instanceId);
}
