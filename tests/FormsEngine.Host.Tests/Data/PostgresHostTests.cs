using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Cli;
using FormsEngine.Host.Data;
using FormsEngine.Host.Data.Migrations;
using FormsEngine.Host.Tests.Resident;

namespace FormsEngine.Host.Tests.Data;

/// <summary>The same host on PostgreSQL, selected by configuration: migrated on start, the whole submit path, the inbox.</summary>
public sealed class PostgresHostTests
{
    [Fact]
    public void Postgres_migration_matches_the_current_model()
    {
        var expected = DatabaseSchema.Normalize(MigrationScripts.Read("InitialSchema", "Npgsql.EntityFrameworkCore.PostgreSQL"));
        Assert.True(expected == DbCommand.PostgresScript(), "The model no longer matches InitialSchema.postgres.sql; compare with `db script --provider postgres` and add a migration.");
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
}
