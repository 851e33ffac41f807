using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Api;

/// <summary>Client mistakes the framework catches while binding are bilingual 4xx problems that say where.</summary>
public sealed class BadRequestTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Theory]
    [InlineData("/api/v1/submissions?page=abc")]
    [InlineData("/api/v1/submissions?from=yesterday")]
    [InlineData("/api/v1/submissions?unmasked=maybe")]
    [InlineData("/api/v1/submissions?page=0")]
    [InlineData("/api/v1/submissions?pageSize=100000")]
    [InlineData("/api/v1/submissions?outcome=perhaps")]
    [InlineData("/api/v1/submissions/export.csv")]
    public async Task Bad_query_strings_are_400_problems(string url)
    {
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(problem["code"]);
        Assert.DoesNotContain("   at ", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_body_gives_line_and_column()
    {
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        using var content = new StringContent("{\n  \"community\": \"xinhua-dongqu\",\n  \"answers\": {,\n}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/submissions", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!;
        Assert.Equal(3, error["line"]!.GetValue<int>());
        Assert.Equal("request.json", error["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"community":"xinhua-dongqu","form":"elderly-allowance","answers":[1,2]}""")]
    [InlineData("""{"community":123,"form":"elderly-allowance","answers":{}}""")]
    [InlineData("""[]""")]
    [InlineData("""{"community":"xinhua-dongqu","form":"elderly-allowance"}""")]
    public async Task Wrong_shapes_are_400_not_500(string body)
    {
        using var client = await factory.CreateStaffClientAsync("dongqu.staff");
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/submissions", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
