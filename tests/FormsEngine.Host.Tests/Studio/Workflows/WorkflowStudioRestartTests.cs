using System.Text.Json.Nodes;
using FormsEngine.Host.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Studio.Workflows;

/// <summary>A studio publication survives restarts: start-up publishing of the files never overrides it.</summary>
public sealed class WorkflowStudioRestartTests : IDisposable
{
    private const string Elderly = "elderly-allowance-approval";
    private readonly string _root = Directory.CreateTempSubdirectory("formsengine-studio-wf-").FullName;

    private string Packs => Path.Combine(_root, "rulepacks");

    private string Data => Path.Combine(_root, "data");

    private string File => Path.Combine(Packs, "workflows", Elderly + ".json");

    [Fact]
    public async Task Studio_version_stays_latest_after_restarts_even_when_the_file_is_raised()
    {
        Directory.CreateDirectory(Path.Combine(Packs, "workflows"));
        System.IO.File.Copy(Path.Combine(RepoPaths.Root, "rulepacks", "workflows", Elderly + ".json"), File);
        int published;
        using (var first = Start())
        {
            var admin = await StudioCircuit.WorkflowsForAsync(first, "admin");
            var opened = (await admin.OpenAsync(Elderly, CancellationToken.None))!;
            var result = await admin.PublishAsync(Elderly, WorkflowStudioPublishTests.Edit(opened.Json, s => s["sla"] = "P1D"), "时限改为 1 天", CancellationToken.None);
            Assert.True(result.Succeeded);
            published = result.Version!.Value;
        }

        await AssertLatestIsStudioAsync(published, "Healthy");

        // Someone raises the file's version to the studio's number and beyond: the studio's version still wins.
        var file = JsonNode.Parse(await System.IO.File.ReadAllTextAsync(File))!.AsObject();
        file["version"] = published + 1;
        file["name"] = "文件里的新名字";
        await System.IO.File.WriteAllTextAsync(File, file.ToJsonString());
        await AssertLatestIsStudioAsync(published, "Degraded");
    }

    private async Task AssertLatestIsStudioAsync(int version, string health)
    {
        using var factory = Start();
        var admin = await StudioCircuit.WorkflowsForAsync(factory, "admin");
        var latest = (await admin.OpenAsync(Elderly, CancellationToken.None))!;
        Assert.Equal(version, latest.Version);
        Assert.Contains("\"P1D\"", latest.Json, StringComparison.Ordinal);
        Assert.True((await admin.ListVersionsAsync(Elderly, CancellationToken.None))[0].FromStudio);
        var catalog = factory.Services.GetRequiredService<WorkflowCatalog>();
        Assert.Contains(catalog.Published, d => d.Id == Elderly && d.Version == version);
        Assert.Equal([Elderly], catalog.TriggeredBy("elderly-allowance"));
        using var client = factory.CreateClient();
        Assert.Equal(health, await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
    }

    private HostFactory Start()
    {
        var factory = new HostFactory { DataPathOverride = Data, RulePacksPath = Packs };
        _ = factory.Server;
        return factory;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
