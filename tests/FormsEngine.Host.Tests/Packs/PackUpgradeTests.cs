using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Packs;
using FormsEngine.Host.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Packs;

/// <summary>
/// A new pack version: applied at once, or offered with a stay-until deadline; the community sees the diff and the
/// what-if over its stored submissions first; new submissions use the new version while running workflows keep theirs.
/// </summary>
public sealed class PackUpgradeTests : IClassFixture<HostFactory>
{
    private static readonly string[] East = ["xinhua-dongqu"];
    private static readonly string[] West = ["xinhua-xiqu"];

    private readonly HostFactory _factory;

    public PackUpgradeTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task A_community_may_stay_until_the_deadline_sees_the_impact_and_upgrades()
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");
        await PackAdaptationTests.PublishMiniAsync(admin);
        using var eastAdmin = await _factory.CreateStaffClientAsync("dongqu.admin");

        // Stored before the upgrade: a 79-year-old (ineligible at 80, eligible at 78) with a workflow that is still running.
        var before = await PackAdaptationTests.SubmitAsync(eastAdmin, "xinhua-dongqu", "110105194703070015");
        Assert.Equal("ineligible", before["outcome"]!.GetValue<string>());
        var older = await PackAdaptationTests.SubmitAsync(eastAdmin, "xinhua-dongqu", "110105194003070014");
        await _factory.WorkflowsSettledAsync();

        using var import = await TestPacks.ImportAsync(admin, TestPacks.MiniV11());
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        using var publish = await admin.PostAsJsonAsync(new Uri("/api/v1/packs/mini/versions/1.1.0/publish", UriKind.Relative),
            new { communities = East, stayUntil = "2099-12-31" });
        Assert.True(publish.StatusCode == HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());

        // Still on 1.0.0 until the community moves: a new 79-year-old is still refused.
        Assert.Equal("ineligible", (await PackAdaptationTests.SubmitAsync(eastAdmin, "xinhua-dongqu", "110105194703070015"))["outcome"]!.GetValue<string>());
        var state = await CommunityStateAsync(admin, "xinhua-dongqu");
        Assert.Equal(("1.0.0", "1.1.0"), (state["version"]!.GetValue<string>(), state["offeredVersion"]!.GetValue<string>()));

        var preview = (await eastAdmin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/packs/mini/upgrade", UriKind.Relative)))!;
        Assert.Equal(("1.0.0", "1.1.0"), (preview["fromVersion"]!.GetValue<string>(), preview["toVersion"]!.GetValue<string>()));
        var changes = preview["changes"]!.AsArray().Select(c => c!["textZh"]!.GetValue<string>()).ToList();
        Assert.Contains(changes, c => c.Contains("新增字段“备注”", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Contains("80 → 78", StringComparison.Ordinal));
        var whatIf = Assert.Single(preview["whatIf"]!.AsArray())!;
        Assert.True(whatIf["total"]!.GetValue<int>() >= 3);
        Assert.True(whatIf["gained"]!.GetValue<int>() >= 2);
        Assert.Equal(0, whatIf["lost"]!.GetValue<int>());

        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        using var refused = await staff.PostAsync(new Uri("/api/v1/packs/mini/upgrade", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var upgrade = await eastAdmin.PostAsync(new Uri("/api/v1/packs/mini/upgrade", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, upgrade.StatusCode);

        var after = await PackAdaptationTests.SubmitAsync(eastAdmin, "xinhua-dongqu", "110105194703070015");
        Assert.Equal("eligible", after["outcome"]!.GetValue<string>());
        var submissions = (await eastAdmin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/submissions?form=mini-elderly", UriKind.Relative)))!["items"]!.AsArray();
        var versions = submissions.ToDictionary(s => s!["id"]!.GetValue<string>(), s => s!["formVersion"]!.GetValue<int>());
        Assert.True(versions[after["id"]!.GetValue<string>()] > versions[older["id"]!.GetValue<string>()]);

        // The workflow started before the upgrade still waits on its own version's task.
        await _factory.WorkflowsSettledAsync();
        using var grid = await _factory.CreateStaffClientAsync("dongqu.grid1");
        var tasks = (await grid.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!;
        Assert.Contains(tasks, t => t!["submissionId"]!.GetValue<string>() == older["id"]!.GetValue<string>());
        Assert.Contains(tasks, t => t!["submissionId"]!.GetValue<string>() == after["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_passed_deadline_moves_the_community_and_no_deadline_moves_it_at_once()
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");
        await PackAdaptationTests.PublishMiniAsync(admin);
        using var import = await TestPacks.ImportAsync(admin, TestPacks.MiniV11());
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        using var west = await admin.PostAsJsonAsync(new Uri("/api/v1/packs/mini/versions/1.1.0/publish", UriKind.Relative),
            new { communities = West, stayUntil = "2020-01-01" });
        Assert.Equal(HttpStatusCode.OK, west.StatusCode);
        Assert.Equal("1.0.0", (await CommunityStateAsync(admin, "xinhua-xiqu"))["version"]!.GetValue<string>());

        using (var scope = _factory.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
            Assert.True(await scope.ServiceProvider.GetRequiredService<PackPublisher>().ApplyDueAsync(CancellationToken.None) >= 1);
        }

        var state = await CommunityStateAsync(admin, "xinhua-xiqu");
        Assert.Equal("1.1.0", state["version"]!.GetValue<string>());
        Assert.Null(state["offeredVersion"]);
    }

    [Fact]
    public async Task A_campaign_pack_opens_and_closes_its_forms_by_date()
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");
        var ended = TestPacks.Mini(files =>
        {
            files["pack.json"]["id"] = "mini-campaign";
            files["pack.json"]["campaign"] = new JsonObject { ["start"] = "2020-01-20", ["end"] = "2020-03-31" };
            foreach (var (path, json) in files.Where(f => f.Key.StartsWith("forms/", StringComparison.Ordinal) || f.Key.StartsWith("workflows/", StringComparison.Ordinal)).ToList())
            {
                var renamed = JsonNode.Parse(json.ToJsonString().Replace("mini-elderly", "mini-campaign-elderly", StringComparison.Ordinal))!.AsObject();
                files.Remove(path);
                files[path.Replace("mini-elderly", "mini-campaign-elderly", StringComparison.Ordinal)] = renamed;
            }

            files["rules/mini-campaign-elderly.json"] = files["rules/mini-elderly.json"];
            files.Remove("rules/mini-elderly.json");
            files["cases/basic.json"] = JsonNode.Parse(files["cases/basic.json"].ToJsonString().Replace("mini-elderly", "mini-campaign-elderly", StringComparison.Ordinal))!.AsObject();
        });
        using var import = await TestPacks.ImportAsync(admin, ended);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        using var publish = await admin.PostAsJsonAsync(new Uri("/api/v1/packs/mini-campaign/versions/1.0.0/publish", UriKind.Relative), new { communities = East });
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);

        using var resident = _factory.CreateClient();
        using var page = await resident.GetAsync(new Uri("/f/xinhua-dongqu/mini-campaign-elderly", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        var publications = (await admin.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/publications", UriKind.Relative)))!;
        var publication = Assert.Single(publications, p => p!["formId"]!.GetValue<string>() == "mini-campaign-elderly")!;
        Assert.False(publication["open"]!.GetValue<bool>());
        Assert.Equal(DateTimeOffset.Parse("2020-04-01T00:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture), publication["closesAt"]!.GetValue<DateTimeOffset>());
    }

    private static async Task<JsonObject> CommunityStateAsync(HttpClient admin, string community)
    {
        var packs = (await admin.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/packs", UriKind.Relative)))!;
        var mini = packs.Single(p => p!["id"]!.GetValue<string>() == "mini")!;
        return mini["communities"]!.AsArray().Single(c => c!["communityId"]!.GetValue<string>() == community)!.AsObject();
    }
}
