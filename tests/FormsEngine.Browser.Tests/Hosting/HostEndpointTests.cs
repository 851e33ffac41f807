using FormsEngine.Browser.Tests.Infrastructure;

namespace FormsEngine.Browser.Tests.Hosting;

/// <summary>What a browser needs from the host besides pages: the health endpoint and the Blazor script.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class HostEndpointTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Healthz_is_reachable_from_the_browser()
    {
        await using var page = await Browser.NewDesktopPageAsync();

        var response = await page.GotoAsync("/healthz");

        Assert.Equal(200, response.Status);
        Assert.Equal("Healthy", (await response.TextAsync()).Trim());
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Blazor_script_fallback_is_served_as_JavaScript()
    {
        // designer/Hosting/BlazorScriptFallback.cs (ADR 0006): without it the studio is not interactive.
        await using var page = await Browser.NewDesktopPageAsync();

        var response = await page.GotoAsync("/_framework/blazor.web.js");

        Assert.Equal(200, response.Status);
        var contentType = await response.HeaderValueAsync("content-type") ?? "";
        Assert.StartsWith("text/javascript", contentType, StringComparison.Ordinal);
        Assert.True((await response.BodyAsync()).Length > 100_000, "blazor.web.js is unexpectedly small.");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Blazor_script_runs_in_Chromium_and_defines_Blazor()
    {
        await using var page = await Browser.NewDesktopPageAsync();
        await page.GotoAsync("/");

        await page.Page.AddScriptTagAsync(new() { Url = "/_framework/blazor.web.js" });

        Assert.Equal("object", await page.EvaluateAsync<string>("typeof window.Blazor"));
        page.AssertNoProblems();
    }
}
