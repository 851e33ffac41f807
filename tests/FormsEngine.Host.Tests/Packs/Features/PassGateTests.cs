using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Packs.Features;

/// <summary>
/// The gate check of visitor passes over real HTTP: a permit approved through the staff task gets a pass code that
/// is valid on its dates (China time), not yet valid before and expired after; other communities and unknown codes
/// get the same 404; every check is audited; no clear ID number leaves.
/// </summary>
public sealed class PassGateTests : IClassFixture<GateHost>
{
    private const string Form = "visitor-permit-application";
    private readonly GateHost _host;

    public PassGateTests(GateHost host) => _host = host;

    [Fact]
    public async Task Approved_pass_is_valid_on_its_dates_not_yet_before_and_expired_after_and_audited()
    {
        var today = _host.Clock.ChinaToday;
        var visitorId = FeatureTestData.IdNumber("19900101");
        var (current, currentCode) = await ApprovedPassAsync(today, today.AddDays(1), visitorId);
        var (_, laterCode) = await ApprovedPassAsync(today.AddDays(2), today.AddDays(2), FeatureTestData.IdNumber("19910101"));

        using (var gate = await _host.SignInAsync("dongqu.staff"))
        {
            using var response = await gate.GetAsync(new Uri($"/api/v1/passes/{currentCode}", UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            var check = JsonNode.Parse(text)!.AsObject();
            Assert.Equal("valid", check["result"]!.GetValue<string>());
            Assert.True(check["valid"]!.GetValue<bool>());
            Assert.Equal("幸福里1栋", check["building"]!.GetValue<string>());
            Assert.Equal(current["reference"]!.GetValue<string>(), check["reference"]!.GetValue<string>());
            var visitor = check["visitor"]!.GetValue<string>();
            Assert.StartsWith("陈", visitor, StringComparison.Ordinal);
            Assert.NotEqual("陈小明", visitor);
            Assert.DoesNotContain(visitorId, text, StringComparison.Ordinal);
            Assert.Contains("请核对访客证件后放行", check["messageZh"]!.GetValue<string>(), StringComparison.Ordinal);

            var later = (await gate.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/passes/{laterCode}", UriKind.Relative)))!;
            Assert.Equal("notYetValid", later["result"]!.GetValue<string>());
            Assert.False(later["valid"]!.GetValue<bool>());
        }

        // Two days after the last day (the cookie has expired by then as well: sign in again).
        _host.Clock.Advance(TimeSpan.FromDays(3));
        using (var gate = await _host.SignInAsync("dongqu.grid1"))
        {
            var expired = (await gate.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/passes/{currentCode}", UriKind.Relative)))!;
            Assert.Equal("expired", expired["result"]!.GetValue<string>());
            Assert.Contains("已过期", expired["messageZh"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        using var admin = await _host.SignInAsync("dongqu.admin");
        var audit = (await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/audit?action=pass.check&pageSize=200", UriKind.Relative)))!["items"]!.AsArray();
        var mine = audit.Where(a => a!["subject"]!.GetValue<string>() == currentCode).Select(a => (a!["actor"]!.GetValue<string>(), a["detail"]!.GetValue<string>())).ToList();
        Assert.Contains(mine, m => m.Item1 == "dongqu.staff" && m.Item2.StartsWith("valid ", StringComparison.Ordinal));
        Assert.Contains(mine, m => m.Item1 == "dongqu.grid1" && m.Item2.StartsWith("expired ", StringComparison.Ordinal));
        Assert.Contains(audit, a => a!["subject"]!.GetValue<string>() == laterCode && a["detail"]!.GetValue<string>().StartsWith("notYetValid ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_community_and_an_unknown_code_get_the_same_404_and_both_are_audited()
    {
        var today = _host.Clock.ChinaToday;
        var (_, code) = await ApprovedPassAsync(today, today, FeatureTestData.IdNumber("19920101"));

        using var west = await _host.SignInAsync("xiqu.staff");
        using var foreign = await west.GetAsync(new Uri($"/api/v1/passes/{code}", UriKind.Relative));
        using var unknown = await west.GetAsync(new Uri("/api/v1/passes/XH-261203-AAAA-BBBB", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var (a, b) = ((await foreign.Content.ReadFromJsonAsync<JsonObject>())!, (await unknown.Content.ReadFromJsonAsync<JsonObject>())!);
        Assert.Equal("pass.unknown", a["code"]!.GetValue<string>());
        Assert.Equal((a["title"]!.GetValue<string>(), a["detail"]!.GetValue<string>()), (b["title"]!.GetValue<string>(), b["detail"]!.GetValue<string>()));

        using var westAdmin = await _host.SignInAsync("xiqu.admin");
        var audit = (await westAdmin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/audit?action=pass.check&pageSize=200", UriKind.Relative)))!["items"]!.AsArray();
        Assert.Contains(audit, e => e!["subject"]!.GetValue<string>() == code && e["detail"]!.GetValue<string>() == "unknown" && e["communityId"]!.GetValue<string>() == "xinhua-xiqu");

        using var east = await _host.SignInAsync("dongqu.staff");
        using var own = await east.GetAsync(new Uri($"/api/v1/passes/{code}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_revoked_pass_answers_revoked_and_only_community_staff_may_revoke()
    {
        var today = _host.Clock.ChinaToday;
        var (_, code) = await ApprovedPassAsync(today, today.AddDays(1), FeatureTestData.IdNumber("19930101"));

        using var grid = await _host.SignInAsync("dongqu.grid1");
        using var refused = await grid.PostAsJsonAsync(new Uri($"/api/v1/passes/{code}/revoke", UriKind.Relative), new { reason = "住户取消" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var west = await _host.SignInAsync("xiqu.staff");
        using var foreign = await west.PostAsJsonAsync(new Uri($"/api/v1/passes/{code}/revoke", UriKind.Relative), new { reason = "试探" });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("valid", (await grid.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/passes/{code}", UriKind.Relative)))!["result"]!.GetValue<string>());

        using var staff = await _host.SignInAsync("dongqu.staff");
        using var revoke = await staff.PostAsJsonAsync(new Uri($"/api/v1/passes/{code}/revoke", UriKind.Relative), new { reason = "住户取消来访" });
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal("revoked", (await revoke.Content.ReadFromJsonAsync<JsonObject>())!["result"]!.GetValue<string>());

        var check = (await grid.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/passes/{code}", UriKind.Relative)))!;
        Assert.Equal("revoked", check["result"]!.GetValue<string>());
        Assert.False(check["valid"]!.GetValue<bool>());
        Assert.Contains("已撤销", check["messageZh"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>Applies for a pass in 东区 (building 幸福里1栋) and approves it through the staff task; returns the receipt and the pass code.</summary>
    private async Task<(JsonObject Receipt, string Code)> ApprovedPassAsync(DateOnly from, DateOnly to, string visitorId)
    {
        using var staff = await _host.SignInAsync("dongqu.staff");
        var receipt = await FeatureTestData.SubmitAsync(staff, "xinhua-dongqu", Form, Permit(from, to, visitorId), "dongqu-b1");
        Assert.Equal("eligible", receipt["outcome"]!.GetValue<string>());
        await _host.SettledAsync();

        var task = await FeatureTestData.TaskOfAsync(staff, receipt["id"]!.GetValue<string>());
        using var approve = await staff.PostAsJsonAsync(new Uri($"/api/v1/tasks/{task["id"]}/complete", UriKind.Relative), new { outcome = "approve", comment = "住户确认" });
        Assert.True(approve.StatusCode == HttpStatusCode.OK, await approve.Content.ReadAsStringAsync());
        await _host.SettledAsync();
        return (receipt, "XH-" + receipt["reference"]!.GetValue<string>());
    }

    private static JsonObject Permit(DateOnly from, DateOnly to, string visitorId) => new()
    {
        ["住户姓名"] = "陈立华",
        ["住户手机"] = "13912345678",
        ["房号"] = "3单元502",
        ["访客姓名"] = "陈小明",
        ["访客身份证号"] = visitorId,
        ["访客手机"] = "13698765432",
        ["与住户关系"] = "亲属",
        ["来访日期"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["离开日期"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["来访事由"] = "探亲",
        ["健康码"] = "绿码",
        ["到过中高风险地区"] = false,
        ["发热等症状"] = false,
        ["核酸检测"] = "48小时内阴性",
        ["承诺属实"] = true,
    };
}
