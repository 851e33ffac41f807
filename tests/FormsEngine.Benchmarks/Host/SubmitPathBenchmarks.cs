using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using FormsEngine.Host.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Benchmarks.Host;

/// <summary>
/// The full submit path through the real host over in-memory HTTP (WebApplicationFactory): a resident's
/// form-urlencoded post of the elderly-allowance form (antiforgery check, validation, eligibility rules, sealing,
/// one SQLite transaction with the submission and the workflow start, 302 to the receipt) and the staff API's JSON
/// submit, against an empty POST endpoint in the same host that reads the same form body and answers 204 (baseline).
/// Every submit carries a fresh idempotency token, so each one stores a new submission. Also measured: the resident
/// page GET and the staff list of 50. Setup checks every path's response, and that a submission and its workflow
/// were stored, before anything is measured. Throughput per client = 1 s ÷ mean (one request at a time).
/// </summary>
[MemoryDiagnoser]
public partial class SubmitPathBenchmarks : IDisposable
{
    private const string FormUrl = "/f/xinhua-dongqu/elderly-allowance";

    private static readonly KeyValuePair<string, string>[] Fields =
    [
        new("姓名", "王秀兰"), new("身份证号", "110105194003070014"), new("手机号", "13800138000"), new("户籍", "本市"),
        new("居住年限", "30"), new("独居", "true"), new("已领取其他养老补贴", "false"),
    ];

    private BenchHostFactory _factory = null!;
    private HttpClient _resident = null!;
    private HttpClient _staff = null!;
    private string _antiforgeryToken = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Dispose()
    {
        _resident?.Dispose();
        _staff?.Dispose();
        _factory?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "empty POST endpoint, same form body (204)")]
    public Task EmptyPost() => PostFormAsync(BenchHostFactory.EmptyPath, HttpStatusCode.NoContent);

    [Benchmark(Description = "resident form post: validate, rules, store, workflow (302)")]
    public Task ResidentFormPost() => PostFormAsync(FormUrl, HttpStatusCode.Redirect);

    [Benchmark(Description = "staff API JSON submit (201)")]
    public async Task ApiJsonSubmit()
    {
        using var request = ApiSubmitRequest();
        using var response = await _staff.SendAsync(request).ConfigureAwait(false);
        Expect(response, HttpStatusCode.Created);
    }

    [Benchmark(Description = "resident page GET (200)")]
    public async Task<string> ResidentPageGet()
    {
        using var response = await _resident.GetAsync(new Uri(FormUrl, UriKind.Relative)).ConfigureAwait(false);
        Expect(response, HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    [Benchmark(Description = "staff list, page of 50 (200)")]
    public async Task<string> StaffListQuery()
    {
        using var response = await _staff.GetAsync(new Uri("/api/v1/submissions?pageSize=50", UriKind.Relative)).ConfigureAwait(false);
        Expect(response, HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    private async Task SetupAsync()
    {
        _factory = new BenchHostFactory();
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        _resident = _factory.CreateClient(options);
        _staff = _factory.CreateClient(options);

        // One GET gives the antiforgery cookie (kept by the client) and a request token valid with it for every post.
        var page = await ResidentPageGet().ConfigureAwait(false);
        _antiforgeryToken = Hidden(page, "__RequestVerificationToken") ?? throw new InvalidOperationException("the page has no antiforgery token");
        if (Hidden(page, "_idem") is null)
        {
            throw new InvalidOperationException("the page has no idempotency token");
        }

        using (var session = await _staff.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative),
            new { userName = "dongqu.staff", password = BenchHostFactory.DemoPassword }).ConfigureAwait(false))
        {
            Expect(session, HttpStatusCode.OK);
        }

        await EmptyPost().ConfigureAwait(false);

        // The resident post lands on a receipt, and stored the submission with its workflow.
        string receipt;
        using (var posted = await _resident.PostAsync(new Uri(FormUrl, UriKind.Relative), FormBody()).ConfigureAwait(false))
        {
            Expect(posted, HttpStatusCode.Redirect);
            receipt = posted.Headers.Location?.OriginalString ?? throw new InvalidOperationException("no receipt location");
        }

        var id = receipt[(receipt.LastIndexOf('/') + 1)..];
        using (var shown = await _resident.GetAsync(new Uri(receipt, UriKind.Relative)).ConfigureAwait(false))
        {
            Expect(shown, HttpStatusCode.OK);
        }

        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
            var stored = await db.Submissions.IgnoreQueryFilters().CountAsync(s => s.Id == id).ConfigureAwait(false);
            var workflows = await db.SubmissionWorkflows.IgnoreQueryFilters().CountAsync(w => w.SubmissionId == id).ConfigureAwait(false);
            if (stored != 1 || workflows < 1)
            {
                throw new InvalidOperationException($"submission {id}: {stored} stored, {workflows} workflows started");
            }
        }

        // Enough submissions for a full page of 50 in the list.
        for (var i = 0; i < 60; i++)
        {
            await ApiJsonSubmit().ConfigureAwait(false);
        }

        var list = JsonNode.Parse(await StaffListQuery().ConfigureAwait(false))!;
        if (list["items"]!.AsArray().Count != 50)
        {
            throw new InvalidOperationException("the list did not return 50 items: " + list.ToJsonString()[..Math.Min(300, list.ToJsonString().Length)]);
        }
    }

    private async Task PostFormAsync(string url, HttpStatusCode expected)
    {
        using var response = await _resident.PostAsync(new Uri(url, UriKind.Relative), FormBody()).ConfigureAwait(false);
        Expect(response, expected);
    }

    private FormUrlEncodedContent FormBody()
    {
        var fields = new List<KeyValuePair<string, string>>(Fields.Length + 2);
        fields.AddRange(Fields);
        fields.Add(new("__RequestVerificationToken", _antiforgeryToken));
        fields.Add(new("_idem", Guid.NewGuid().ToString("N")));
        return new FormUrlEncodedContent(fields);
    }

    private static HttpRequestMessage ApiSubmitRequest()
    {
        var answers = new JsonObject();
        foreach (var (key, value) in Fields)
        {
            answers[key] = key switch
            {
                "居住年限" => JsonValue.Create(30),
                "独居" => JsonValue.Create(true),
                "已领取其他养老补贴" => JsonValue.Create(false),
                _ => JsonValue.Create(value),
            };
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/submissions", UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject { ["community"] = "xinhua-dongqu", ["form"] = "elderly-allowance", ["answers"] = answers }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return request;
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}");
        }
    }

    private static string? Hidden(string html, string name)
    {
        foreach (Match tag in InputTag().Matches(html))
        {
            if (tag.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal) && ValueAttribute().Match(tag.Value) is { Success: true } value)
            {
                return WebUtility.HtmlDecode(value.Groups[1].Value);
            }
        }

        return null;
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
