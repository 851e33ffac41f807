using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Studio;

/// <summary>The inbox and the submissions grid, driven as staff would.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class StudioOperationsPagesTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Grid_worker_approves_a_task_with_a_comment_and_it_leaves_the_inbox()
    {
        var reference = await StudioSession.SubmitAsync(BaseUrl, "王桂兰");
        await using var page = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(page, "dongqu.grid1", "/studio/inbox");

        var row = page.Page.Locator("[data-testid=inbox-grid] tr", new() { HasText = reference });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        if (await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).CountAsync() > 0)
        {
            await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
            await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "通过", Exact = true })).ToBeVisibleAsync();
        }

        await row.GetByRole(AriaRole.Button, new() { Name = "通过", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("处理意见").FillAsync("材料齐全，同意。");
        await Artifacts.ScreenshotAsync(page, "studio-inbox-approve-dialog");
        await dialog.Locator("[data-testid=confirm]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=result] .rz-alert")).ToBeVisibleAsync();
        await Assertions.Expect(page.Page.Locator("[data-testid=inbox-grid] tr", new() { HasText = reference })).ToHaveCountAsync(0);
        await Artifacts.ScreenshotAsync(page, "studio-inbox-after-approve");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Submissions_grid_masks_ID_numbers_and_staff_may_open_one_in_clear()
    {
        var reference = await StudioSession.SubmitAsync(BaseUrl, "赵淑珍");
        await using var page = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(page, "dongqu.staff", "/studio/submissions");

        var row = page.Page.Locator("[data-testid=submissions-grid] tr", new() { HasText = reference });
        await Assertions.Expect(row).ToContainTextAsync(StudioSession.MaskedIdNumber);
        Assert.DoesNotContain(StudioSession.IdNumber, await page.Locator("[data-testid=submissions-grid]").InnerTextAsync(), StringComparison.Ordinal);
        await Artifacts.ScreenshotAsync(page, "studio-submissions-masked");

        await row.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        var detail = page.Locator("[data-testid=submission-detail]");
        await Assertions.Expect(detail).ToContainTextAsync(StudioSession.MaskedIdNumber);
        await detail.Locator("[data-testid=unmask]").ClickAsync();
        await Assertions.Expect(detail).ToContainTextAsync(StudioSession.IdNumber);
        await Artifacts.ScreenshotAsync(page, "studio-submission-unmasked");
        page.AssertNoProblems();
    }
}
