using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Workflows;

namespace FormsEngine.Host.Tests.Api;

public sealed class WorkflowsEndpointsTests
{
    [Fact]
    public async Task Sample_workflows_are_published_into_the_database_and_survive_a_restart()
    {
        var data = Directory.CreateTempSubdirectory("formsengine-restart-").FullName;
        try
        {
            for (var start = 0; start < 2; start++)
            {
                using var factory = new HostFactory { DataPathOverride = data };
                using var client = await factory.CreateStaffClientAsync("dongqu.staff");
                var workflows = await client.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/workflows", UriKind.Relative));
                var ids = workflows!.Select(w => w!["id"]!.GetValue<string>()).ToList();
                Assert.Contains("elderly-allowance-approval", ids);
                Assert.All(workflows!, w => Assert.True(w!["version"]!.GetValue<int>() >= 1));
                Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
                // On PostgreSQL the data folder holds no database file: the workflows came back from the server.
                Assert.Equal(!factory.OnTestPostgres, File.Exists(Path.Combine(data, DataFolder.DatabaseFileName)));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
