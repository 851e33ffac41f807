using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Studio;

/// <summary>The workflow editor driven as the street admin would: open the approval workflow, change an SLA, see the checks, publish.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class WorkflowEditorTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Street_admin_changes_an_SLA_sees_the_checks_and_publishes_version_4()
    {
        await using var page = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(page, "admin", "/studio/workflows");
        await page.Locator("[data-testid=open-elderly-allowance-approval]").ClickAsync();
        await page.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/studio/workflows/elderly-allowance-approval");
        await Assertions.Expect(page.Locator("[data-testid=validation-summary]")).ToHaveTextAsync("检查通过，可以发布");

        // A broken task title: the engine's check names the step and the JSON path, and publishing is blocked.
        await page.Locator("[data-testid=step-gridCheck]").ClickAsync();
        var title = page.Page.GetByLabel("任务标题（模板）");
        await title.FillAsync("高龄补贴核实：{{#if input.姓名}}");
        await title.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=step-diagnostics]")).ToContainTextAsync("$.activities[2].title");
        await Assertions.Expect(page.Locator("[data-testid=publish]")).ToBeDisabledAsync();
        await Artifacts.ScreenshotAsync(page, "studio-workflow-invalid-title");
        await page.Locator("[data-testid=undo]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=validation-summary]")).ToHaveTextAsync("检查通过，可以发布");

        // SLA 2 days → 1 day; the template preview shows sample data.
        var sla = page.Locator("input[data-testid=gridCheck-sla]");
        await sla.FillAsync("1");
        await sla.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=gridCheck-title-preview]")).ToContainTextAsync("示例姓名");
        await Assertions.Expect(page.Locator("[data-testid=publish]")).ToBeEnabledAsync();

        await page.Locator("[data-testid=publish]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("修改说明").FillAsync("网格员核实时限由 2 天改为 1 天");
        await dialog.Locator("[data-testid=confirm-publish]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=publish-result]")).ToContainTextAsync("已发布流程“elderly-allowance-approval”的版本 4");
        var newest = page.Locator("[data-testid=version-history] tbody tr").First;
        await Assertions.Expect(newest).ToContainTextAsync("4");
        await Assertions.Expect(newest).ToContainTextAsync("admin");
        await Assertions.Expect(newest).ToContainTextAsync("网格员核实时限由 2 天改为 1 天");
        await Artifacts.ScreenshotAsync(page, "studio-workflow-published");
        page.AssertNoProblems();
    }
}
