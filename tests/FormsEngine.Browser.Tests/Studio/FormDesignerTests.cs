using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Studio;

/// <summary>The form library and designer as a community admin uses them: a new form, a field, publish, QR, history.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class FormDesignerTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Admin_creates_a_form_publishes_it_and_residents_can_open_it()
    {
        await using var page = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(page, "dongqu.admin", "/studio/forms");
        await Assertions.Expect(page.Locator("[data-testid=forms-grid]")).ToContainTextAsync("高龄津贴申请");

        await page.Locator("[data-testid=new-form]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("表单标题").FillAsync("垃圾分类志愿者报名");
        await dialog.GetByLabel("表单编号").FillAsync("Waste volunteers");
        await dialog.Locator("[data-testid=new-form-create]").ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-testid=new-form-error]")).ToContainTextAsync("小写字母");
        await dialog.GetByLabel("表单编号").FillAsync("waste-volunteers");
        await dialog.Locator("[data-testid=new-form-create]").ClickAsync();
        await page.Page.WaitForURLAsync(url => url.EndsWith("/studio/forms/waste-volunteers", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Button, new() { Name = "单行文本" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fb-props-title")).ToContainTextAsync("单行文本：");
        await page.Page.GetByLabel("标题（中文）").FillAsync("志愿者姓名");
        await Assertions.Expect(page.Locator("#fb-props-title")).ToContainTextAsync("志愿者姓名");
        await page.Page.GetByLabel("字段标识").FillAsync("姓名");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=designer-status]")).ToContainTextAsync("草稿已保存");
        await Artifacts.ScreenshotAsync(page, "studio-form-designer");

        await Tab(page, "检查与发布").ClickAsync();
        await page.Locator("[data-testid=validate]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=problems]")).ToBeVisibleAsync();
        await page.Page.GetByLabel("修改说明").FillAsync("首次发布");
        await page.Locator("[data-testid=publish]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=designer-status]")).ToContainTextAsync("已发布第 1 版");
        await Assertions.Expect(page.Locator("[data-testid=resident-url]")).ToContainTextAsync("/f/xinhua-dongqu/waste-volunteers");
        Assert.True(await page.Locator("[data-testid=qr]").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The QR code image did not load.");
        await Artifacts.ScreenshotAsync(page, "studio-form-published");

        await Tab(page, "版本历史").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=history-grid]")).ToContainTextAsync("首次发布");
        page.AssertNoProblems();

        await using var phone = await Browser.NewPhonePageAsync();
        await phone.GotoAsync("/f/xinhua-dongqu/waste-volunteers");
        await Assertions.Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Name = "垃圾分类志愿者报名" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Page.GetByLabel("志愿者姓名")).ToBeVisibleAsync();
    }

    internal static ILocator Tab(BrowserPage page, string name) => page.Page.Locator(".rz-tabview-nav li", new() { HasText = name });
}
