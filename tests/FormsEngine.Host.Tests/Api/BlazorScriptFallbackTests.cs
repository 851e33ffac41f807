using System.Net;
using System.Net.Http.Headers;
using FormsEngine.Designer.Hosting;

namespace FormsEngine.Host.Tests.Api;

/// <summary>The interactive-Blazor script is served from the fallback (ADR 0006); the browser test of the studio builds on it.</summary>
public sealed class BlazorScriptFallbackTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Script_is_served_with_a_cache_validator()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri(BlazorScriptFallback.ScriptPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.True(script.Length > 100_000, $"blazor.web.js is only {script.Length} characters");
        Assert.Contains("Blazor", script, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, BlazorScriptFallback.ScriptPath);
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(response.Headers.ETag!.ToString()));
        var cached = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }
}
