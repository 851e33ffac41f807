using FormsEngine.Host.Hosting;
using FormsEngine.Host.Tenancy;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Packs.Ledger;

/// <summary>Every timer interval (5 s by default), posts the completed volunteer-points workflows to the ledger.</summary>
internal sealed partial class PointsPostingService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<FormsEngineHostOptions> options,
    ILogger<PointsPostingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TimerInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                using var scope = SystemScope.Create(scopes);
                var poster = scope.Services.GetRequiredService<PointsPoster>();
                await poster.PostDueAsync(PointsLedgerConfig.VolunteerPoints, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Posting volunteer points to the ledger failed; it runs again on the next tick")]
    private partial void LogFailed(Exception exception);
}
