using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Workflows;

public sealed class WorkflowPublishingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("formsengine-publish-").FullName;

    private string Packs => Path.Combine(_root, "rulepacks");

    private string Data => Path.Combine(_root, "data");

    [Fact]
    public async Task Editing_a_published_workflow_without_a_new_version_is_reported_and_not_applied()
    {
        var workflows = Directory.CreateDirectory(Path.Combine(Packs, "workflows")).FullName;
        var file = Path.Combine(workflows, "approval.json");
        var source = Path.Combine(RepoPaths.Root, "rulepacks", "workflows", "elderly-allowance-approval.json");
        File.Copy(source, file);

        Assert.Equal("Healthy", await HealthAsync());

        var edited = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        edited["name"] = "改过的名字";
        await File.WriteAllTextAsync(file, edited.ToJsonString());
        Assert.Equal("Degraded", await HealthAsync());

        edited["version"] = edited["version"]!.GetValue<int>() + 1;
        await File.WriteAllTextAsync(file, edited.ToJsonString());
        Assert.Equal("Healthy", await HealthAsync());
        using var factory = new HostFactory { DataPathOverride = Data, RulePacksPath = Packs };
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        var listed = await client.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/workflows", UriKind.Relative));
        Assert.Equal("改过的名字", Assert.Single(listed!)!["name"]!.GetValue<string>());
    }

    private async Task<string> HealthAsync()
    {
        using var factory = new HostFactory { DataPathOverride = Data, RulePacksPath = Packs };
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        return await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
