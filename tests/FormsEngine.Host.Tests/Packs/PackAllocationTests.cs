using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Packs;

/// <summary>
/// The supply-priority pack's batch allocation: verified households of a grid are allocated in priority order under
/// the community's quota, the rest wait, and the next batch serves the waitlist first; every place is explained.
/// </summary>
public sealed class PackAllocationTests : IClassFixture<HostFactory>
{
    private readonly HostFactory _factory;

    public PackAllocationTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task Quota_waitlist_and_the_next_batch_follow_priority_and_are_explained()
    {
        using var admin = await _factory.CreateStaffClientAsync("dongqu.admin");
        using var quota = await admin.PutAsJsonAsync(new Uri("/api/v1/packs/supply-priority/settings", UriKind.Relative), new { values = new { gridQuota = 1 } });
        Assert.Equal(HttpStatusCode.OK, quota.StatusCode);

        var regular = await VerifiedAsync(admin, Household());
        var second = await VerifiedAsync(admin, Household(lowIncome: true));
        var first = await VerifiedAsync(admin, Household(chronic: 1, infants: 1));

        using var run = await admin.PostAsync(new Uri("/api/v1/packs/supply-priority/allocations", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var batch = (await run.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(1, batch["batch"]!.GetValue<int>());
        var placements = batch["placements"]!.AsArray();
        Assert.Equal([first, second, regular], placements.Select(p => p!["reference"]!.GetValue<string>()));
        Assert.Equal([true, false, false], placements.Select(p => p!["allocated"]!.GetValue<bool>()));
        Assert.Contains("第一批", placements[0]!["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("本批配额 1 户已满，候补第 1 位", placements[1]!["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(batch["audit"]![0]!["orderHolds"]!.GetValue<bool>());

        // A new first-tier household arrives; the next batch still serves the waitlist first.
        var late = await VerifiedAsync(admin, Household(chronic: 2, infants: 1));
        using var next = await admin.PostAsync(new Uri("/api/v1/packs/supply-priority/allocations", UriKind.Relative), null);
        var placements2 = (await next.Content.ReadFromJsonAsync<JsonObject>())!["placements"]!.AsArray();
        Assert.Equal([second, regular, late], placements2.Select(p => p!["reference"]!.GetValue<string>()));
        Assert.StartsWith("第一网格 第 1 位（上一批候补第 1 位，本批优先）", placements2[0]!["explanation"]!.GetValue<string>(), StringComparison.Ordinal);

        var latest = (await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/packs/supply-priority/allocations", UriKind.Relative)))!;
        Assert.Equal(2, latest["batch"]!.GetValue<int>());
        var audit = (await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/audit?action=pack.allocate", UriKind.Relative)))!["items"]!.AsArray();
        Assert.Equal(["supply-priority#2", "supply-priority#1"], audit.Select(a => a!["subject"]!.GetValue<string>()));
        Assert.Contains("\"OrderHolds\":true", audit[0]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grid_workers_may_not_run_an_allocation_and_another_community_sees_none()
    {
        using var grid = await _factory.CreateStaffClientAsync("dongqu.grid1");
        using var refused = await grid.PostAsync(new Uri("/api/v1/packs/supply-priority/allocations", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var west = await _factory.CreateStaffClientAsync("xiqu.staff");
        using var none = await west.PostAsync(new Uri("/api/v1/packs/supply-priority/allocations", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("没有待分配", (await none.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static JsonObject Household(int chronic = 0, int infants = 0, bool lowIncome = false) => new()
    {
        ["联系人姓名"] = "王秀英",
        ["联系电话"] = "13812345678",
        ["网格"] = "第一网格",
        ["房号"] = "2单元301",
        ["家庭人数"] = 3,
        ["独居老人"] = false,
        ["空巢老人家庭"] = false,
        ["慢性病人数"] = chronic,
        ["婴幼儿人数"] = infants,
        ["残疾人数"] = 0,
        ["孕产妇"] = false,
        ["居家隔离"] = false,
        ["低保特困"] = lowIncome,
        ["已领取本批物资"] = false,
        ["急需物资"] = new JsonArray("米面粮油"),
    };

    /// <summary>Submits a household and has the grid worker verify it; returns its reference.</summary>
    private async Task<string> VerifiedAsync(HttpClient staff, JsonObject answers)
    {
        using var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community = "xinhua-dongqu", form = "supply-priority-application", answers, building = "dongqu-b1" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var receipt = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        await _factory.WorkflowsSettledAsync();
        using var grid = await _factory.CreateStaffClientAsync("dongqu.grid1");
        var id = receipt["id"]!.GetValue<string>();
        var task = Assert.Single((await grid.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!, t => t!["submissionId"]!.GetValue<string>() == id)!;
        using var approve = await grid.PostAsJsonAsync(new Uri($"/api/v1/tasks/{task["id"]}/complete", UriKind.Relative), new { outcome = "approve" });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        await _factory.WorkflowsSettledAsync();
        return receipt["reference"]!.GetValue<string>();
    }
}
