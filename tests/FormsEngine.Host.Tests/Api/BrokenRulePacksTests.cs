using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Api;

public sealed class BrokenRulePacksTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("formsengine-packs-").FullName;

    public BrokenRulePacksTests()
    {
        var forms = Directory.CreateDirectory(Path.Combine(_folder, "forms")).FullName;
        File.WriteAllText(Path.Combine(forms, "good.json"), """
            {"schemaVersion":1,"id":"good","version":2,"title":{"zh-CN":"好表单"},"fields":[{"type":"text","key":"姓名","label":{"zh-CN":"姓名"}}]}
            """);
        File.WriteAllText(Path.Combine(forms, "broken.json"), """{"schemaVersion":1,"id":"broken", "fields": [ """);
        File.WriteAllText(Path.Combine(forms, "bad-expression.json"), """
            {"schemaVersion":1,"id":"bad-expression","version":1,"title":{"zh-CN":"坏表达式"},"fields":[{"type":"text","key":"a","label":{"zh-CN":"a"},"visibleIf":"b > 1"}]}
            """);
        File.WriteAllText(Path.Combine(forms, "same-id.json"), """
            {"schemaVersion":1,"id":"good","version":3,"title":{"zh-CN":"重复"},"fields":[]}
            """);
    }

    [Fact]
    public async Task Bad_files_are_left_out_and_health_is_degraded()
    {
        using var factory = new HostFactory { RulePacksPath = _folder };
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");

        var forms = await client.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/forms", UriKind.Relative));
        var only = Assert.Single(forms!);
        Assert.Equal("good", only!["id"]!.GetValue<string>());
        Assert.Equal(2, only["version"]!.GetValue<int>());

        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
