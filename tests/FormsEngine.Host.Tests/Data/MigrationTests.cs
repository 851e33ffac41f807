using FormsEngine.Host.Cli;
using FormsEngine.Host.Data;
using FormsEngine.Host.Data.Migrations;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Data;

/// <summary>
/// The database is created by migrations, and the migrations match the model: when an entity changes without a new
/// migration, this test fails and says how to write one (EF's scaffolding package is not available here).
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void Initial_migration_matches_the_current_model()
    {
        var expected = DatabaseSchema.Normalize(MigrationScripts.Read("InitialSchema", "Microsoft.EntityFrameworkCore.Sqlite"));
        var actual = DbCommand.SqliteScript();

        Assert.True(expected == actual,
            "The model no longer matches the migrations. Add a migration under host/Data/Migrations with the difference "
            + "(compare `dotnet run --project host -- db script` with InitialSchema.sqlite.sql), then update this test's expectation.");
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
                Assert.Equal([InitialSchema.Id], await db.Database.GetAppliedMigrationsAsync());
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(11, await db.Tenants.CountAsync());
                Assert.Equal(8, await db.Users.CountAsync());
                var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
                Assert.Equal("wal", Assert.Single(journal));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
