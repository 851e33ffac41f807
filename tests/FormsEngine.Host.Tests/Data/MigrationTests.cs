using FormsEngine.Host.Cli;
using FormsEngine.Host.Data;
using FormsEngine.Host.Data.Migrations;
using FormsEngine.Host.Tenancy;
using FormsEngine.Storage;
using FormsEngine.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Data;

/// <summary>
/// The database is created by migrations, and the migrations match the model: when an entity changes without a new
/// migration, this test fails and says how to write one (EF's scaffolding package is not available here).
/// </summary>
public sealed class MigrationTests
{
    [SqliteOnlyFact("compares SQLite files' sqlite_master; PostgresHostTests does the same for the PostgreSQL migrations")]
    public async Task Migrating_a_fresh_database_gives_the_schema_of_the_current_model()
    {
        var folder = Directory.CreateTempSubdirectory("formsengine-drift-").FullName;
        try
        {
            var migrated = await SqliteSchemaAsync(Path.Combine(folder, "migrated.db"), db => db.Database.MigrateAsync());
            var modelled = await SqliteSchemaAsync(Path.Combine(folder, "model.db"), db => db.Database.ExecuteSqlRawAsync(DbCommand.SqliteScript()));

            Assert.True(modelled.SequenceEqual(migrated),
                "The model no longer matches the migrations. Add a migration under host/Data/Migrations with the difference "
                + "(compare `dotnet run --project host -- db script` before and after the change; see AddStudioLibrary). "
                + "Missing from the migrations: " + string.Join(" | ", modelled.Except(migrated)) + ". Only in the migrations: " + string.Join(" | ", migrated.Except(modelled)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_fresh_database_is_migrated_on_start_and_a_restart_changes_nothing()
    {
        var data = Directory.CreateTempSubdirectory("formsengine-migrate-").FullName;
        try
        {
            for (var start = 0; start < 2; start++)
            {
                using var factory = new HostFactory { DataPathOverride = data };
                using var scope = factory.Services.CreateScope();
                scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
                var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
                Assert.Equal([InitialSchema.Id, AddStudioLibrary.Id, AddRulePacks.Id, AddPointsLedger.Id, AddAllocations.Id, AddDataProtectionKeys.Id, AddSubmissionListIndexes.Id, AddCacheVersions.Id, AddInboxTaskIndex.Id], await db.Database.GetAppliedMigrationsAsync());
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(11, await db.Tenants.CountAsync());
                Assert.Equal(8, await db.Users.CountAsync());
                if (!factory.OnTestPostgres)
                {
                    var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
                    Assert.Equal("wal", Assert.Single(journal));
                }
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>
    /// Every table and index of a SQLite file as SQLite keeps its create statement, blanks collapsed and dropped before
    /// <c>,</c> and <c>)</c> (a column added by <c>ALTER TABLE</c> is spliced into the stored text without them).
    /// </summary>
    private static async Task<List<string>> SqliteSchemaAsync(string path, Func<FormsEngineDbContext, Task> create)
    {
        var options = SqliteDatabase.Configure(new DbContextOptionsBuilder<FormsEngineDbContext>(), path).Options;
        await using var db = new FormsEngineDbContext((DbContextOptions<FormsEngineDbContext>)options, new TenantScope());
        await create(db);
        var rows = await db.Database.SqlQueryRaw<string>(
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') AS \"Value\" FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' ORDER BY name").ToListAsync();
        return rows.Select(r => string.Join(' ', r.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            .Select(r => r.Replace(" ,", ",", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal)).ToList();
    }
}
