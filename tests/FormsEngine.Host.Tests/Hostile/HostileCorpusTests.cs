using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Tests.Resident;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FormsEngine.Host.Tests.Hostile;

/// <summary>
/// Issue 9, "Bad input": a corpus of malformed or hostile requests against the real host. Every one is a 4xx with the
/// expected shape, nothing is stored, and the process keeps serving.
/// </summary>
public sealed partial class HostileCorpusTests(HostFactory factory, ITestOutputHelper output) : IClassFixture<HostFactory>
{
    private readonly Dictionary<string, HttpClient> _staff = new(StringComparer.Ordinal);

    [Fact]
    public async Task Every_hostile_request_is_a_4xx_with_a_message_nothing_is_stored_and_the_host_keeps_serving()
    {
        var corpus = HostileCorpus.Build();
        Assert.True(corpus.Count >= 300, $"only {corpus.Count} cases");

        // A dongqu submission and its task, for the other-tenant cases.
        using (var resident = new ResidentBrowserless(factory))
        {
            await resident.OpenAsync(HostileCorpus.Elderly + "?b=dongqu-b1");
            using var posted = await resident.PostAsync(HostileCorpus.Elderly + "?b=dongqu-b1", ResidentEndpointsTests.ElderlyFields());
            await resident.FollowAsync(posted);
        }

        await factory.WorkflowsSettledAsync();
        var dongqu = await StaffAsync("dongqu.staff");
        var submission = (await dongqu.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/submissions", UriKind.Relative)))!["items"]![0]!["id"]!.GetValue<string>();
        var inbox = new JsonArray();
        foreach (var who in new[] { "dongqu.grid1", "dongqu.staff", "dongqu.admin" })
        {
            foreach (var item in (await (await StaffAsync(who)).GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!)
            {
                inbox.Add(item!.DeepClone());
            }
        }

        Assert.NotEmpty(inbox);
        var task = inbox[0]!["id"]!.GetValue<string>();

        var before = await CountsAsync();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var hostile in corpus)
        {
            var url = hostile.Url.Replace("{submission}", submission, StringComparison.Ordinal).Replace("{task}", task, StringComparison.Ordinal);
            var started = clock.Elapsed;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                var (status, mediaType, body) = await SendAsync(hostile, url, timeout.Token);
                var problem = Check(hostile, status, mediaType, body);
                if (problem is not null)
                {
                    failures.Add($"{hostile}: {(int)status} {mediaType} — {problem} — {Excerpt(body)}");
                }
            }
            catch (OperationCanceledException)
            {
                failures.Add($"{hostile}: no answer within 20 s");
            }
            catch (HttpRequestException e)
            {
                failures.Add($"{hostile}: {e.Message}");
            }

            if (clock.Elapsed - started > TimeSpan.FromSeconds(2))
            {
                output.WriteLine($"slow: {hostile} took {(clock.Elapsed - started).TotalSeconds:0.0} s");
            }
        }

        clock.Stop();
        output.WriteLine($"{corpus.Count} cases in {clock.Elapsed.TotalSeconds:0.0} s: "
            + string.Join(", ", corpus.GroupBy(c => c.Family).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Count} cases failed:\n" + string.Join("\n", failures));
        Assert.Equal(before, await CountsAsync());

        // The process keeps serving: health, and a normal resident submission.
        using var anonymous = factory.CreateClient();
        using var health = await anonymous.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var after = new ResidentBrowserless(factory);
        await after.OpenAsync(HostileCorpus.Elderly);
        using var ok = await after.PostAsync(HostileCorpus.Elderly, ResidentEndpointsTests.ElderlyFields("110105194602020027"));
        Assert.Contains("提交成功", await after.FollowAsync(ok), StringComparison.Ordinal);

        foreach (var client in _staff.Values)
        {
            client.Dispose();
        }
    }

    private static string? Check(HostileCase hostile, HttpStatusCode status, string? mediaType, string body)
    {
        var code = (int)status;
        if (hostile.Shape == HostileShape.Tolerated)
        {
            var echoed = hostile.MustNotContain?.FirstOrDefault(text => body.Contains(text, StringComparison.Ordinal));
            return code >= 500 ? "a 5xx" : echoed is not null ? $"the answer holds \"{echoed}\"" : null;
        }

        if (code is < 400 or >= 500)
        {
            return "not a 4xx";
        }

        if (hostile.Shape == HostileShape.ChineseHtml)
        {
            return mediaType == "text/html" && ChineseText.Pattern().IsMatch(body) ? null : "not a Chinese HTML page";
        }

        if (body.Length == 0)
        {
            return "no problem body";
        }

        if (mediaType != "application/problem+json")
        {
            return "not a problem";
        }

        JsonObject? problem;
        try
        {
            problem = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return "problem is not JSON";
        }

        var title = problem?["title"]?.GetValue<string>();
        var detail = problem?["detail"]?.GetValue<string>();
        if (title is null || !ChineseText.Pattern().IsMatch(title))
        {
            return "title is not Chinese";
        }

        if (detail is null || !Latin().IsMatch(detail))
        {
            return "detail is not English";
        }

        return body.Contains("   at ", StringComparison.Ordinal) ? "a stack trace leaked" : null;
    }

    private async Task<(HttpStatusCode Status, string? MediaType, string Body)> SendAsync(HostileCase hostile, string url, CancellationToken cancellationToken)
    {
        if (hostile.Fields is not null)
        {
            return await ResidentPostAsync(hostile, url, cancellationToken);
        }

        HttpClient client;
        HttpClient? own = null;
        if (hostile.Who is null)
        {
            client = own = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        }
        else
        {
            client = await StaffAsync(hostile.Who);
        }

        try
        {
            using var request = new HttpRequestMessage(hostile.Method, new Uri(url, UriKind.Relative));
            request.Content = hostile.Body?.Invoke();
            using var response = await client.SendAsync(request, cancellationToken);
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        finally
        {
            own?.Dispose();
        }
    }

    private async Task<(HttpStatusCode Status, string? MediaType, string Body)> ResidentPostAsync(HostileCase hostile, string url, CancellationToken cancellationToken)
    {
        using var resident = new ResidentBrowserless(factory);
        var page = url.Split('?')[0];
        using (await resident.OpenAsync(page))
        {
        }

        string? token = hostile.Antiforgery switch
        {
            AntiforgeryMode.Valid => resident.AntiforgeryToken,
            AntiforgeryMode.Forged => "CfDJ8" + new string('A', 150),
            AntiforgeryMode.OtherSession => await OtherSessionTokenAsync(),
            _ => null,
        };
        var fields = new List<KeyValuePair<string, string>>(hostile.Fields!);
        if (token is not null)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }

        fields.Add(new("_idem", resident.IdempotencyToken ?? "idem"));
        HttpContent content;
        if (hostile.Upload is { } upload)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }

            var file = new ByteArrayContent(upload.Bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(upload.ContentType);
            multipart.Add(file, upload.Field, upload.FileName);
            content = multipart;
        }
        else
        {
            content = new StringContent(string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Escape(f.Value))), Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        using (content)
        {
            using var response = await resident.Client.PostAsync(new Uri(url, UriKind.Relative), content, cancellationToken);
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }

    /// <summary>Escapes a value that may hold a lone surrogate (which <see cref="Uri.EscapeDataString(string)"/> refuses).</summary>
    private static string Escape(string value)
    {
        try
        {
            return Uri.EscapeDataString(value);
        }
        catch (UriFormatException)
        {
            return "%ED%A0%80";
        }
    }

    private async Task<string?> OtherSessionTokenAsync()
    {
        using var other = new ResidentBrowserless(factory);
        using (await other.OpenAsync(HostileCorpus.Elderly))
        {
        }

        return other.AntiforgeryToken;
    }

    private async Task<HttpClient> StaffAsync(string who)
    {
        if (!_staff.TryGetValue(who, out var client))
        {
            client = await factory.CreateStaffClientAsync(who);
            _staff[who] = client;
        }

        return client;
    }

    private async Task<(int Submissions, int Uploads, int Publications, int PackVersions, int PackPublications, int PackSettings, int RuleSets)> CountsAsync()
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
        return (await db.Submissions.CountAsync(), await db.Uploads.CountAsync(), await db.Publications.CountAsync(), await db.PackVersions.CountAsync(),
            await db.PackPublications.CountAsync(), await db.PackSettings.CountAsync(), await db.RuleSetVersions.CountAsync());
    }

    private static string Excerpt(string body) => body.Length > 300 ? body[..300] + "…" : body;

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Latin();
}
