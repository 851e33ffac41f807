using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Packs;

/// <summary>Every few minutes, moves the communities whose stay-on-previous-version deadline has passed to the offered version.</summary>
internal sealed partial class PackDeadlineService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PackDeadlineService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                using var scope = SystemScope.Create(scopes);
                var moved = await scope.Services.GetRequiredService<PackPublisher>().ApplyDueAsync(stoppingToken).ConfigureAwait(false);
                if (moved > 0)
                {
                    LogMoved(moved);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} communities to their offered rule pack version (deadline passed)")]
    private partial void LogMoved(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The rule pack deadline sweep failed; it runs again in five minutes")]
    private partial void LogFailed(Exception exception);
}
