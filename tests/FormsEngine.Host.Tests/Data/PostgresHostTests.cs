using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Cli;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using FormsEngine.Host.Tests.Resident;

namespace FormsEngine.Host.Tests.Data;

/// <summary>The same host on PostgreSQL, selected by configuration: migrated on start, the whole submit path, the inbox.</summary>
public sealed class PostgresHostTests
{
    [Fact]
    public async Task Postgres_migrations_give_the_schema_of_the_current_model()
    {
        await using var migratedDatabase = await PostgresDatabase.CreateAsync();
        await using var modelDatabase = await PostgresDatabase.CreateAsync();
        var migrated = await PostgresSchemaAsync(migratedDatabase.ConnectionString, db => db.Database.MigrateAsync());
        var modelled = await PostgresSchemaAsync(modelDatabase.ConnectionString, db => db.Database.ExecuteSqlRawAsync(DbCommand.PostgresScript()));

        Assert.True(modelled.SequenceEqual(migrated),
            "The model no longer matches the PostgreSQL migrations; compare `db script --provider postgres` before and after the change and add a migration. "
            + "Missing from the migrations: " + string.Join(" | ", modelled.Except(migrated)) + ". Only in the migrations: " + string.Join(" | ", migrated.Except(modelled)));
    }

    [Fact]
    public async Task Resident_submission_runs_end_to_end_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var factory = new HostFactory
        {
            Settings = { ["FormsEngine:Database"] = "postgres", ["ConnectionStrings:FormsEngine"] = database.ConnectionString },
        };
        using var resident = new ResidentBrowserless(factory);
        await resident.OpenAsync("/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1");

        using var response = await resident.PostAsync("/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1", ResidentEndpointsTests.ElderlyFields());
        var receipt = await resident.FollowAsync(response);
        Assert.Contains("初步审核：符合条件", receipt, StringComparison.Ordinal);

        using var staff = await factory.CreateStaffClientAsync("dongqu.staff");
        var found = (await staff.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/submissions?idNumber=110105194003070014", UriKind.Relative)))!;
        Assert.Equal(1, found["total"]!.GetValue<int>());

        await factory.WorkflowsSettledAsync();
        using var grid = await factory.CreateStaffClientAsync("dongqu.grid1");
        var task = Assert.Single((await grid.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!)!;
        using var approve = await grid.PostAsJsonAsync(new Uri($"/api/v1/tasks/{task["id"]}/complete", UriKind.Relative), new { outcome = "approve" });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
    }

    /// <summary>Every column (type, nullability, default) and index definition of the public schema, sorted.</summary>
    private static async Task<List<string>> PostgresSchemaAsync(string connectionString, Func<FormsEngineDbContext, Task> create)
    {
        var options = FormsEngine.Storage.PostgresDatabase.Configure(new DbContextOptionsBuilder<FormsEngineDbContext>(), connectionString).Options;
        await using var db = new FormsEngineDbContext((DbContextOptions<FormsEngineDbContext>)options, new TenantScope());
        await create(db);
        return await db.Database.SqlQueryRaw<string>("""
            SELECT "Value" FROM (
                SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') || ' ' || is_identity AS "Value"
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'
                UNION ALL
                SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%') s
            ORDER BY "Value"
            """).ToListAsync();
    }
}
