using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Tests.Data;
using FormsEngine.Host.Tests.Resident;
using FormsEngine.Host.Tests.Submissions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FormsEngine.Host.Tests.PersonalData;

/// <summary>
/// Two nodes with different data folders and one PostgreSQL database share the Data Protection key ring (it lives in
/// <c>data_protection_keys</c>): what one node issues or seals, the other accepts or opens.
/// </summary>
public sealed class SharedKeyRingTests
{
    private const string Form = "/f/xinhua-dongqu/elderly-allowance?b=dongqu-b1";

    [Fact]
    public async Task A_cookie_a_sealed_submission_and_an_antiforgery_token_from_node_A_are_accepted_by_node_B()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var nodeA = Node(database);
        using var a = nodeA.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var nodeB = Node(database);
        using var b = nodeB.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        Assert.NotEqual(nodeA.DataPath, nodeB.DataPath);

        // Staff signs in on A; A seals the submission.
        using var login = await a.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { userName = "dongqu.staff", password = HostFactory.DemoPassword });
        login.EnsureSuccessStatusCode();
        var staffCookie = Cookies(login);
        using var create = Request(HttpMethod.Post, "/api/v1/submissions", staffCookie);
        create.Content = JsonContent.Create(new
        {
            community = "xinhua-dongqu",
            form = "elderly-allowance",
            answers = StaffSubmissionApiTests.ElderlyAnswers(idNumber: "110105193907070012", mobile: "13600136000"),
        });
        using var created = await a.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        // B accepts A's cookie, opens A's seal and finds it by A's keyed hash of the ID number.
        using var open = await b.SendAsync(Request(HttpMethod.Get, $"/api/v1/submissions/{id}?unmasked=true", staffCookie));
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        var clear = (await open.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(clear["unmasked"]!.GetValue<bool>());
        Assert.Equal("110105193907070012", clear["answers"]!["身份证号"]!.GetValue<string>());
        using var search = await b.SendAsync(Request(HttpMethod.Get, "/api/v1/submissions?idNumber=110105193907070012", staffCookie));
        Assert.Equal(1, (await search.Content.ReadFromJsonAsync<JsonObject>())!["total"]!.GetValue<int>());

        // A resident opens the form on A and posts it to B with A's antiforgery cookie and token.
        using var page = await a.GetAsync(new Uri(Form, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var fields = ResidentEndpointsTests.ElderlyFields("110105194109090021");
        fields.AddRange(HtmlForm.Post(html).Where(p => p.Key is "__RequestVerificationToken" or "_idem").Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString())));
        Assert.Contains(fields, f => f.Key == "__RequestVerificationToken");
        using var post = Request(HttpMethod.Post, Form, Cookies(page));
        post.Content = new FormUrlEncodedContent(fields);
        using var posted = await b.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var found = await a.SendAsync(Request(HttpMethod.Get, "/api/v1/submissions?idNumber=110105194109090021", staffCookie));
        Assert.Equal(1, (await found.Content.ReadFromJsonAsync<JsonObject>())!["total"]!.GetValue<int>());
    }

    private static HostFactory Node(PostgresDatabase database) =>
        new() { Settings = { ["FormsEngine:Database"] = "postgres", ["ConnectionStrings:FormsEngine"] = database.ConnectionString } };

    /// <summary>The response's cookies as a request <c>Cookie</c> header value.</summary>
    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    private static HttpRequestMessage Request(HttpMethod method, string url, string cookies)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        request.Headers.Add("Cookie", cookies);
        return request;
    }
}
