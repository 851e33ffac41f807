using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Studio;

/// <summary>
/// Every studio page, as rendered in the browser: each input, select and text area has an accessible name (a label,
/// aria-label, aria-labelledby or title), on every tab of the page.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class StudioAccessibilityTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string UnlabelledScript = """
        () => [...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.type !== 'hidden' && !e.closest('[aria-hidden=true]') && e.offsetParent !== null)
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby') && !e.title)
            .map(e => e.outerHTML.slice(0, 160))
        """;

    [Theory]
    [InlineData("/studio", "[data-testid=open-tasks]")]
    [InlineData("/studio/inbox", "[data-testid=inbox-grid]")]
    [InlineData("/studio/submissions", "[data-testid=submissions-grid]")]
    [InlineData("/studio/forms", "[data-testid=forms-grid]")]
    [InlineData("/studio/forms/elderly-allowance", "[data-testid=rule-tree-editor]")]
    [InlineData("/studio/rules", "[data-testid=rule-tree-editor]")]
    [InlineData("/studio/workflows/elderly-allowance-approval", "[data-testid=save-draft]")]
    public async Task Every_input_on_every_tab_has_a_label(string path, string ready)
    {
        await using var page = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(page, "dongqu.admin", path);
        await Assertions.Expect(page.Locator(ready).First).ToBeAttachedAsync();

        foreach (var tab in await TabsAsync(page))
        {
            await tab.ClickAsync();
            var unlabelled = await page.Page.EvaluateAsync<string[]>(UnlabelledScript);
            Assert.True(unlabelled.Length == 0, $"{path}: inputs without a label:\n" + string.Join("\n", unlabelled));
        }

        page.AssertNoProblems();
    }

    /// <summary>The page's Radzen tabs (each shows other inputs), or the page itself when it has none.</summary>
    private static async Task<IReadOnlyList<ILocator>> TabsAsync(BrowserPage page)
    {
        var tabs = page.Locator("main .rz-tabview-nav li");
        var count = await tabs.CountAsync();
        return count == 0 ? [page.Locator("main")] : [.. Enumerable.Range(0, count).Select(tabs.Nth)];
    }
}
