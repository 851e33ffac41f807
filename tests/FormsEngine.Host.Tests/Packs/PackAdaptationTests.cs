using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Packs;

/// <summary>
/// A street office publishes the mini pack; each community adapts its parameters (street &lt; community, with where
/// each value came from) and residents' submissions are decided and routed with them. Nothing is copied per community.
/// </summary>
public sealed class PackAdaptationTests : IClassFixture<HostFactory>
{
    private readonly HostFactory _factory;

    public PackAdaptationTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task Street_and_community_overrides_reach_the_rules_and_the_approval_route()
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");
        await PublishMiniAsync(admin);
        using var eastAdmin = await _factory.CreateStaffClientAsync("dongqu.admin");
        using var westAdmin = await _factory.CreateStaffClientAsync("xiqu.admin");

        // A 76-year-old is not eligible on the pack's default of 80 in either community.
        Assert.Equal("ineligible", (await SubmitAsync(eastAdmin, "xinhua-dongqu"))["outcome"]!.GetValue<string>());

        using var street = await admin.PutAsJsonAsync(new Uri("/api/v1/packs/mini/settings", UriKind.Relative), new { values = new { minAge = 78 } });
        Assert.Equal(HttpStatusCode.OK, street.StatusCode);
        using var own = await eastAdmin.PutAsJsonAsync(new Uri("/api/v1/packs/mini/settings", UriKind.Relative), new { values = new { minAge = 75, approverRole = "社区管理员" } });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        var east = (await eastAdmin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/packs/mini/settings", UriKind.Relative)))!;
        Assert.Equal(("75", "community"), Setting(east, "minAge"));
        var west = (await westAdmin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/packs/mini/settings", UriKind.Relative)))!;
        Assert.Equal(("78", "street"), Setting(west, "minAge"));
        Assert.Equal(("社区工作人员", "pack"), Setting(west, "approverRole"));

        var receipt = await SubmitAsync(eastAdmin, "xinhua-dongqu");
        Assert.Equal("eligible", receipt["outcome"]!.GetValue<string>());
        Assert.Equal("ineligible", (await SubmitAsync(westAdmin, "xinhua-xiqu"))["outcome"]!.GetValue<string>());

        // The workflow keeps the community's approver role: after the grid worker, the review goes to 社区管理员.
        await _factory.WorkflowsSettledAsync();
        using var grid = await _factory.CreateStaffClientAsync("dongqu.grid1");
        var id = receipt["id"]!.GetValue<string>();
        var task = Assert.Single((await grid.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!, t => t!["submissionId"]!.GetValue<string>() == id)!;
        using var approve = await grid.PostAsJsonAsync(new Uri($"/api/v1/tasks/{task["id"]}/complete", UriKind.Relative), new { outcome = "approve" });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var review = Assert.Single((await eastAdmin.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!, t => t!["submissionId"]!.GetValue<string>() == id)!;
        Assert.Equal("社区管理员", review["assigneeId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"minAge\": 50}", "$.minAge")]
    [InlineData("{\"minAge\": \"七十\"}", "$.minAge")]
    [InlineData("{\"approverRole\": \"网格员\"}", "$.approverRole")]
    [InlineData("{\"nosuch\": 1}", "$.nosuch")]
    public async Task A_value_outside_the_allowed_range_is_refused_with_its_path(string values, string path)
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");
        await PublishMiniAsync(admin);
        using var eastAdmin = await _factory.CreateStaffClientAsync("dongqu.admin");

        using var response = await eastAdmin.PutAsync(new Uri("/api/v1/packs/mini/settings", UriKind.Relative),
            JsonContent.Create(new JsonObject { ["values"] = JsonNode.Parse(values) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray())!;
        Assert.Equal(path, error["path"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["messageZh"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("dongqu.staff")]
    [InlineData("dongqu.grid1")]
    public async Task Staff_and_grid_workers_see_the_settings_but_may_not_change_them(string user)
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");
        await PublishMiniAsync(admin);
        using var client = await _factory.CreateStaffClientAsync(user);

        var view = (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/packs/mini/settings", UriKind.Relative)))!;
        using var put = await client.PutAsJsonAsync(new Uri("/api/v1/packs/mini/settings", UriKind.Relative), new { values = new { minAge = 70 } });

        Assert.False(view["mayEdit"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Fact]
    public async Task A_community_admin_cannot_read_or_change_another_communitys_settings()
    {
        using var admin = await _factory.CreateStaffClientAsync("admin");
        await PublishMiniAsync(admin);
        using var westAdmin = await _factory.CreateStaffClientAsync("xiqu.admin");

        using var put = await westAdmin.PutAsJsonAsync(new Uri("/api/v1/packs/mini/settings?community=xinhua-dongqu", UriKind.Relative), new { values = new { minAge = 99 } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var west = (await westAdmin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/packs/mini/settings?community=xinhua-dongqu", UriKind.Relative)))!;
        var east = (await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/packs/mini/settings?community=xinhua-dongqu", UriKind.Relative)))!;
        Assert.Equal("xinhua-xiqu", west["community"]!.GetValue<string>());
        Assert.NotEqual("99", Setting(east, "minAge").Value);
    }

    internal static async Task PublishMiniAsync(HttpClient admin)
    {
        using var import = await TestPacks.ImportAsync(admin, TestPacks.Mini());
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        using var publish = await admin.PostAsJsonAsync(new Uri("/api/v1/packs/mini/versions/1.0.0/publish", UriKind.Relative), new { communities = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
    }

    internal static async Task<JsonObject> SubmitAsync(HttpClient client, string community, string idNumber = "110105195003070019")
    {
        using var created = await client.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community, form = "mini-elderly", answers = TestPacks.Answers(idNumber), building = community == "xinhua-dongqu" ? "dongqu-b1" : "xiqu-b1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static (string Value, string Source) Setting(JsonObject view, string name)
    {
        var setting = view["settings"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == name)!;
        var value = setting["value"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : setting["value"]!.ToJsonString();
        return (value, setting["source"]!.GetValue<string>());
    }
}
