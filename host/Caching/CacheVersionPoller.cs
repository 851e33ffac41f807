using FormsEngine.Host.Hosting;
using FormsEngine.Host.Tenancy;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Caching;

/// <summary>
/// Every <see cref="FormsEngineHostOptions.CacheVersionPollInterval"/> reads the <c>cache_versions</c> stamps (one
/// SELECT of a few rows) and reloads the kinds whose stamp moved since the last look, so a form, rule set, pack or
/// workflow published on another node is served here within one interval (docs/adr/0012). The first look reloads every
/// kind once: a publish between this node's start-up load and that look would otherwise go unseen. A failing look is
/// logged and retried on the next tick; the service never stops the host.
/// </summary>
internal sealed partial class CacheVersionPoller(
    IServiceScopeFactory scopes,
    CacheReloader reloader,
    TimeProvider time,
    IOptions<FormsEngineHostOptions> options,
    ILogger<CacheVersionPoller> logger) : BackgroundService
{
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CacheVersionPollInterval, time);
        do
        {
            try
            {
                await PollAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailure(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var scope = SystemScope.Create(scopes);
        var stamps = await CacheStamps.ReadAsync(scope.Db, cancellationToken).ConfigureAwait(false);
        var moved = stamps.Where(s => !_seen.TryGetValue(s.Key, out var seen) || seen != s.Value).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        if (moved.Count == 0)
        {
            return;
        }

        // Seen only after the reload succeeded: a reload that fails is tried again on the next tick.
        await reloader.ReloadAsync(scope.Db, moved, cancellationToken).ConfigureAwait(false);
        foreach (var kind in moved)
        {
            _seen[kind] = stamps[kind];
        }

        LogReloaded(logger, moved);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded the cached {Kinds}")]
    private static partial void LogReloaded(ILogger logger, IEnumerable<string> kinds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the cache versions failed; retrying on the next tick")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
