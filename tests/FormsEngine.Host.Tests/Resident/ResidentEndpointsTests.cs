using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>The resident pages with JavaScript off: the HTML form post is the whole protocol.</summary>
public sealed class ResidentEndpointsTests : IClassFixture<HostFactory>
{
    private const string Elderly = "/f/xinhua-dongqu/elderly-allowance";
    private readonly HostFactory _factory;

    public ResidentEndpointsTests(HostFactory factory) => _factory = factory;

    internal static List<KeyValuePair<string, string>> ElderlyFields(string idNumber = "110105194003070014") =>
    [
        new("姓名", "李秀英"),
        new("身份证号", idNumber),
        new("手机号", "13800138000"),
        new("户籍", "本市"),
        new("居住年限", "30"),
        new("独居", "true"),
        new("已领取其他养老补贴", "false"),
    ];

    [Fact]
    public async Task Form_page_renders_for_a_phone_with_tokens_and_no_cache()
    {
        using var resident = new ResidentBrowserless(_factory);
        using var page = await resident.OpenAsync(Elderly);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("width=device-width", resident.Html, StringComparison.Ordinal);
        Assert.Contains("高龄津贴申请", resident.Html, StringComparison.Ordinal);
        Assert.Contains("东区社区", resident.Html, StringComparison.Ordinal);
        Assert.NotNull(resident.AntiforgeryToken);
        Assert.NotNull(resident.IdempotencyToken);
        Assert.Equal("no-store", page.Headers.CacheControl!.ToString());
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_validation_shows_chinese_errors_next_to_fields_and_keeps_what_was_typed()
    {
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync(Elderly);

        using var response = await resident.PostAsync(Elderly, [new("姓名", "王<b>大爷</b>"), new("身份证号", "110105194003070011"), new("居住年限", "很多年")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("身份证号码校验位不正确", resident.Html, StringComparison.Ordinal);
        Assert.Contains("王&lt;b&gt;大爷&lt;/b&gt;", resident.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("王<b>大爷", resident.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"110105194003070011\"", resident.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"fe-户籍-e\"", resident.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_post_redirects_to_a_receipt_with_reference_outcome_and_explanation()
    {
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync(Elderly + "?b=dongqu-b1");

        using var response = await resident.PostAsync(Elderly + "?b=dongqu-b1", ElderlyFields());
        var receipt = await resident.FollowAsync(response);

        Assert.Contains("提交成功", receipt, StringComparison.Ordinal);
        Assert.Matches(@"class=""ref"">\d{6}-[2-9A-Z]{4}-[2-9A-Z]{4}<", receipt);
        Assert.Contains("初步审核：符合条件", receipt, StringComparison.Ordinal);
        Assert.Contains("您符合高龄补贴条件（86 周岁）", receipt, StringComparison.Ordinal);
        Assert.Contains("data-fe-clear-draft=\"elderly-allowance@1\"", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("110105194003070014", receipt, StringComparison.Ordinal);

        await _factory.WorkflowsSettledAsync();
        using var grid = await _factory.CreateStaffClientAsync("dongqu.grid1");
        var inbox = (await grid.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!;
        Assert.Contains(inbox, t => t!["title"]!.GetValue<string>().Contains("李*", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Double_submit_with_the_same_page_token_stores_one_submission()
    {
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync(Elderly);
        var token = resident.IdempotencyToken;

        using var first = await resident.PostAsync(Elderly, ElderlyFields("110105193805050029"));
        using var second = await resident.PostAsync(Elderly, ElderlyFields("110105193805050029").Append(new("_idem", token!)), keepIdem: false);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        var found = (await staff.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/submissions?idNumber=110105193805050029", UriKind.Relative)))!;
        Assert.Equal(1, found["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Forged_antiforgery_token_is_refused_and_the_answers_come_back()
    {
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync(Elderly);
        var fields = ElderlyFields().Append(new("__RequestVerificationToken", "forged")).Append(new("_idem", Guid.NewGuid().ToString("N")));

        using var content = new FormUrlEncodedContent(fields);
        using var response = await resident.Client.PostAsync(new Uri(Elderly, UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("页面已过期", html, StringComparison.Ordinal);
        Assert.Contains("value=\"李秀英\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeat_item_is_added_without_javascript_by_a_server_round_trip()
    {
        using var resident = new ResidentBrowserless(_factory);
        const string Returnee = "/f/xinhua-dongqu/returnee-registration";
        await resident.OpenAsync(Returnee);
        Assert.DoesNotContain("name=\"家庭成员[0].姓名\"", resident.Html.Replace("<template", "\n<template", StringComparison.Ordinal).Split("<template")[0], StringComparison.Ordinal);

        using var response = await resident.PostAsync(Returnee, [new("姓名", "张伟"), new("_action", "add:家庭成员")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"家庭成员[0].姓名\"", resident.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"张伟\"", resident.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/f/xinhua-dongqu/no-such-form")]
    [InlineData("/f/no-such-community/elderly-allowance")]
    [InlineData("/f/xinhua-dongqu/elderly-allowance/receipt/00000000000000000000000000000000")]
    public async Task Unknown_links_get_a_chinese_404_page(string url)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("找不到这张表单", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_json_to_a_resident_page_is_a_clear_400()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri(Elderly, UriKind.Relative), new { 姓名 = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请通过表单页面提交", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Qr_codes_and_poster_are_served()
    {
        using var client = _factory.CreateClient();
        var png = await client.GetByteArrayAsync(new Uri(Elderly + "/qr.png?b=dongqu-b1", UriKind.Relative));
        var svg = await client.GetStringAsync(new Uri(Elderly + "/qr.svg", UriKind.Relative));
        var poster = await client.GetStringAsync(new Uri(Elderly + "/poster?b=dongqu-b1", UriKind.Relative));

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("高龄津贴申请", poster, StringComparison.Ordinal);
        Assert.Contains("东区社区 · 幸福里1栋", poster, StringComparison.Ordinal);
        Assert.Contains("/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1", poster, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_assets_are_cacheable_and_typed()
    {
        using var resident = new ResidentBrowserless(_factory);
        await resident.OpenAsync(Elderly);
        foreach (var url in System.Text.RegularExpressions.Regex.Matches(resident.Html, "(?:src|href)=\"(/[^\"]+\\.(?:js|css)[^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)))
        {
            using var asset = await resident.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Contains("immutable", asset.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.NotNull(asset.Headers.ETag);
        }
    }
}
