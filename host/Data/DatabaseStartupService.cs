using FormsEngine.Host.Hosting;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Seeding;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Data;

/// <summary>
/// Creates and migrates the database on start (SQLite in WAL mode), then loads the demo street office on first start.
/// A database that cannot be migrated stops the host with the reason in the log rather than serving half a schema.
/// Registered before anything that adds Data Protection, so the old file keys are in the database before the key ring
/// is first read (<see cref="LegacyKeyImport"/>).
/// </summary>
internal sealed partial class DatabaseStartupService(IServiceScopeFactory scopes, IOptions<FormsEngineHostOptions> options, ILogger<DatabaseStartupService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = SystemScope.Create(scopes);
        var db = scope.Db;
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(pending.Count, pending[^1]);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (db.Database.IsSqlite())
        {
            // WAL is a property of the file: readers no longer block the writer, and a commit survives a crash.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        await LegacyKeyImport.ImportAsync(db, LegacyKeyImport.Folder(options.Value), logger, cancellationToken).ConfigureAwait(false);

        await scope.Services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);

        // The rule sets published from the studio, each pinned to its form version.
        await scope.Services.GetRequiredService<RuleCatalog>().LoadPinsAsync(db, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migrations up to {Last}")]
    private partial void LogMigrating(int count, string last);
}
