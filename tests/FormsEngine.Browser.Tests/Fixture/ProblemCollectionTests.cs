using FormsEngine.Browser.Tests.Infrastructure;

namespace FormsEngine.Browser.Tests.Fixture;

/// <summary>The fixture's own checks: <see cref="BrowserPage.AssertNoProblems"/> only means something if it sees problems.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ProblemCollectionTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Console_errors_and_uncaught_script_errors_are_recorded()
    {
        await using var page = await Browser.NewDesktopPageAsync();
        await page.GotoAsync("/");

        // Evaluated through the DevTools protocol: the host's CSP (script-src 'self') rightly blocks inline script tags.
        await page.Page.EvaluateAsync("() => { console.error('deliberate'); setTimeout(() => { throw new Error('boom'); }); }");
        // Playwright delivers events in order, so once a later timer has fired both errors have been reported.
        await page.Page.EvaluateAsync("() => new Promise(r => setTimeout(r, 50))");

        Assert.Contains(page.Problems, p => p.Contains("deliberate", StringComparison.Ordinal));
        Assert.Contains(page.Problems, p => p.Contains("boom", StringComparison.Ordinal));
        Assert.Throws<Xunit.Sdk.TrueException>(page.AssertNoProblems);
    }

    [Fact]
    public async Task Error_responses_are_recorded_and_can_be_cleared()
    {
        await using var page = await Browser.NewPhonePageAsync();

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response.Status);
        Assert.Contains(page.Problems, p => p.StartsWith("HTTP 404", StringComparison.Ordinal));
        page.ClearProblems();
        page.AssertNoProblems();
    }
}
