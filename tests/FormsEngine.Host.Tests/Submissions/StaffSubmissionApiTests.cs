using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Submissions;

/// <summary>The staff API's submit path end to end: validate, rules, store sealed, start the workflow, inbox, approve.</summary>
public sealed class StaffSubmissionApiTests : IClassFixture<HostFactory>
{
    private readonly HostFactory _factory;

    public StaffSubmissionApiTests(HostFactory factory) => _factory = factory;

    internal static JsonObject ElderlyAnswers(string idNumber = "110105194003070014", string mobile = "13800138000") => new()
    {
        ["姓名"] = "李秀英",
        ["身份证号"] = idNumber,
        ["手机号"] = mobile,
        ["户籍"] = "本市",
        ["居住年限"] = 30,
        ["独居"] = true,
        ["已领取其他养老补贴"] = false,
    };

    [Fact]
    public async Task Staff_submission_is_decided_stored_masked_and_starts_the_approval_workflow()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");

        using var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community = "xinhua-dongqu", form = "elderly-allowance", answers = ElderlyAnswers(), building = "dongqu-b1" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var receipt = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("eligible", receipt["outcome"]!.GetValue<string>());
        Assert.Contains("您符合高龄补贴条件", receipt["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        var id = receipt["id"]!.GetValue<string>();

        var masked = (await staff.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/submissions/{id}", UriKind.Relative)))!;
        Assert.Equal("110***********0014", masked["answers"]!["身份证号"]!.GetValue<string>());
        Assert.False(masked["unmasked"]!.GetValue<bool>());
        Assert.Equal("dongqu-g1", masked["gridId"]!.GetValue<string>());

        var clear = (await staff.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/submissions/{id}?unmasked=true", UriKind.Relative)))!;
        Assert.Equal("110105194003070014", clear["answers"]!["身份证号"]!.GetValue<string>());

        await _factory.WorkflowsSettledAsync();
        using var grid = await _factory.CreateStaffClientAsync("dongqu.grid1");
        var inbox = (await grid.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!;
        var task = Assert.Single(inbox, t => t!["submissionId"]!.GetValue<string>() == id)!;
        Assert.Contains("李*", task["title"]!.GetValue<string>(), StringComparison.Ordinal);

        using var approve = await grid.PostAsJsonAsync(new Uri($"/api/v1/tasks/{task["id"]}/complete", UriKind.Relative), new { outcome = "approve", comment = "已上门核实" });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var afterGrid = (await grid.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!;
        Assert.DoesNotContain(afterGrid, t => t!["submissionId"]!.GetValue<string>() == id);

        var review = Assert.Single((await staff.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!, t => t!["submissionId"]!.GetValue<string>() == id)!;
        Assert.Equal("Role", review["assigneeKind"]!.GetValue<string>());
        using var claim = await staff.PostAsync(new Uri($"/api/v1/tasks/{review["id"]}/claim", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
    }

    [Fact]
    public async Task Ineligible_answers_get_the_unmet_condition_in_plain_chinese()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        var answers = ElderlyAnswers(idNumber: "110105196003070013");
        answers["户籍"] = "外地";
        answers["居住年限"] = 2;

        using var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community = "xinhua-dongqu", form = "elderly-allowance", answers });

        var receipt = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("ineligible", receipt["outcome"]!.GetValue<string>());
        var explanation = receipt["explanation"]!.GetValue<string>();
        Assert.Contains("年龄需满 80 周岁", explanation, StringComparison.Ordinal);
        Assert.Contains("连续居住满 5 年", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_answers_are_a_400_with_field_paths_and_nothing_is_stored()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        var answers = ElderlyAnswers(idNumber: "110105194003070019");
        answers.Remove("户籍");

        using var response = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community = "xinhua-dongqu", form = "elderly-allowance", answers });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var paths = problem["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("$.身份证号", paths);
        Assert.Contains("$.户籍", paths);
    }

    [Fact]
    public async Task Same_idempotency_key_stores_one_submission()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        var key = Guid.NewGuid().ToString("N");
        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/submissions", UriKind.Relative))
            {
                Content = JsonContent.Create(new { community = "xinhua-dongqu", form = "elderly-allowance", answers = ElderlyAnswers(idNumber: "110105193503070016") }),
            };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await staff.SendAsync(request);
            Assert.Equal(i == 0 ? HttpStatusCode.Created : HttpStatusCode.OK, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        }

        Assert.Equal(ids[0], ids[1]);
        var found = (await staff.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/submissions?idNumber=110105193503070016", UriKind.Relative)))!;
        Assert.Equal(1, found["total"]!.GetValue<int>());
    }
}
