using FormsEngine.Host.Hosting;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.PersonalData;

/// <summary>Runs <see cref="RetentionPurger"/> every <see cref="FormsEngineHostOptions.RetentionSweepInterval"/> (default hourly).</summary>
internal sealed partial class RetentionPurgeService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<FormsEngineHostOptions> options, ILogger<RetentionPurgeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<RetentionPurger>().PurgeDueAsync(clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next sweep tries again; a purge is idempotent.
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge failed; it runs again at the next sweep")]
    private partial void LogFailed(Exception exception);
}
