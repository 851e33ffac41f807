using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Studio;

/// <summary>
/// The studio's whole path in 西区社区, in one browser: staff build the 高龄津贴申请 form further (a conditional and a
/// calculated field, an eligibility rule), test the rule, publish; a resident fills it on a 360×740 phone and gets the
/// receipt with its explanation; the grid worker approves the task; the dashboard shows the application moving on.
/// (西区, so the other browser tests' 东区 forms stay as the rule pack made them.)
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class StudioEndToEndTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string ResidentPath = "/f/xinhua-xiqu/elderly-allowance?b=xiqu-b1";

    [Fact]
    public async Task Staff_build_test_and_publish_a_form_a_resident_applies_and_the_grid_worker_approves()
    {
        // 1. Sign in as community staff.
        await using var staff = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(staff, "xiqu.staff", "/studio/forms");

        // 2. Build: a yes/no question, a name shown only when it is yes, a calculated band, an eligibility rule.
        await staff.Locator("[data-testid=open-elderly-allowance]").ClickAsync();
        await AddFieldAsync(staff, "是/否", "是否由家属代办", "代办");
        await AddFieldAsync(staff, "单行文本", "代办人姓名", "代办人姓名");
        await ExpressionAsync(staff, "显示条件", "代办 == true");
        await AddFieldAsync(staff, "计算字段", "补贴档次", "补贴档次");
        await ExpressionAsync(staff, "计算公式", "年龄 >= 90 ? \"二档\" : \"一档\"");
        await Artifacts.ScreenshotAsync(staff, "e2e-1-builder");

        await FormDesignerTests.Tab(staff, "资格规则").ClickAsync();
        await LowerStartAgeAsync(staff);

        // 3. Test the rule in the panel.
        await TestSeventySixYearOldAsync(staff);
        await Artifacts.ScreenshotAsync(staff, "e2e-2-rule-test");

        // 4. Publish.
        await FormDesignerTests.Tab(staff, "检查与发布").ClickAsync();
        await staff.Page.GetByLabel("修改说明").FillAsync("增加代办人和补贴档次；起始年龄改为 75 周岁");
        await staff.Locator("[data-testid=publish]").ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=designer-status]")).ToContainTextAsync("已发布第 2 版");
        await Artifacts.ScreenshotAsync(staff, "e2e-3-published");
        staff.AssertNoProblems();

        // 5–7. A resident on a phone: the conditional question appears only when asked for, the receipt explains.
        await using var phone = await Browser.NewPhonePageAsync();
        await phone.GotoAsync(ResidentPath);
        var page = phone.Page;
        await page.GetByLabel("老人姓名").FillAsync("周玉兰");
        await page.GetByLabel("联系电话").FillAsync("13900139000");
        await Group(phone, "户籍").GetByLabel("本市户籍", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("在本社区居住年限（年）").FillAsync("20");
        await Group(phone, "是否独居").GetByLabel("是", new() { Exact = true }).CheckAsync();
        await Group(phone, "是否已领取其他同类养老补贴").GetByLabel("否", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("老人身份证号").FillAsync("110105195003070019");
        await Assertions.Expect(page.GetByLabel("代办人姓名")).ToBeHiddenAsync();
        await Group(phone, "是否由家属代办").GetByLabel("是", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(page.GetByLabel("代办人姓名")).ToBeVisibleAsync();
        await page.GetByLabel("代办人姓名").FillAsync("周建国");
        await Artifacts.ScreenshotAsync(phone, "e2e-4-resident-form");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/receipt/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("初步审核：符合条件");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("76 周岁");
        var reference = (await page.Locator(".ref").InnerTextAsync()).Trim();
        await Artifacts.ScreenshotAsync(phone, "e2e-5-receipt");
        phone.AssertNoProblems();

        await ExpectOnDashboardAsync(staff, reference, "高龄补贴核实");

        // 8. The grid worker finds the task and approves it.
        await using var grid = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(grid, "xiqu.grid1", "/studio/inbox");
        var row = grid.Page.Locator("[data-testid=inbox-grid] tr", new() { HasText = reference });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        if (await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).CountAsync() > 0)
        {
            await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        }

        await row.GetByRole(AriaRole.Button, new() { Name = "通过", Exact = true }).ClickAsync();
        await grid.GetByRole(AriaRole.Dialog).GetByLabel("处理意见").FillAsync("已上门核实，代办人为其子。");
        await grid.Locator("[data-testid=confirm]").ClickAsync();
        await Assertions.Expect(grid.Page.Locator("[data-testid=inbox-grid] tr", new() { HasText = reference })).ToHaveCountAsync(0);
        await Artifacts.ScreenshotAsync(grid, "e2e-6-grid-approved");
        grid.AssertNoProblems();

        // 9. The dashboard shows the application moved on to the community's review.
        await ExpectOnDashboardAsync(staff, reference, "高龄补贴社区审核");
        await Artifacts.ScreenshotAsync(staff, "e2e-7-dashboard");
        staff.AssertNoProblems();
    }

    /// <summary>In the rule tree: 年龄达标 now asks for 75 instead of the pack's 起始年龄 (80).</summary>
    private static async Task LowerStartAgeAsync(BrowserPage page)
    {
        var editor = page.Locator("[data-testid=rule-tree-editor]");
        await editor.GetByRole(AriaRole.Button, new() { Name = "编辑规则 年龄达标" }).ClickAsync();
        await editor.GetByLabel("条件", new() { Exact = true }).FillAsync("input1.年龄 >= 75");
        await Assertions.Expect(editor.Locator("[data-testid=rule-expression-problems]")).ToContainTextAsync("条件正确");
        await Assertions.Expect(editor.Locator("[data-testid=rule-summary]")).ToContainTextAsync("规则检查通过");
    }

    /// <summary>The test panel: a 76-year-old local who lives alone now qualifies, and the explanation says so.</summary>
    private static async Task TestSeventySixYearOldAsync(BrowserPage page)
    {
        var panel = page.Locator("[data-testid=rule-test-panel]");
        await panel.Locator("[data-testid='sample-年龄']").FillAsync("76");
        await panel.Locator("[data-testid='sample-户籍']").FillAsync("本市");
        await panel.Locator("[data-testid='sample-已领取其他养老补贴']").FillAsync("否");
        await panel.Locator("[data-testid=run-test]").ClickAsync();
        await Assertions.Expect(panel.Locator("[data-testid=test-explanation]")).ToContainTextAsync("您符合高龄补贴条件（76 周岁）");
        await panel.Locator("[data-testid=test-explanation]").ScrollIntoViewIfNeededAsync();
    }

    private static async Task AddFieldAsync(BrowserPage page, string type, string label, string key)
    {
        // The properties panel switches to the new field on the server's next render: fill only once it has.
        var title = page.Locator("#fb-props-title");
        var count = await page.Locator(".fb-fields li").CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = type, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".fb-fields li")).Not.ToHaveCountAsync(count);
        await Assertions.Expect(title).ToContainTextAsync(type + "：");
        await page.Page.GetByLabel("标题（中文）").FillAsync(label);
        await Assertions.Expect(title).ToContainTextAsync(label);
        await page.Page.GetByLabel("字段标识").FillAsync(key);
    }

    private static async Task ExpressionAsync(BrowserPage page, string label, string expression)
    {
        var box = page.Page.GetByLabel(label, new() { Exact = true });
        await box.FillAsync(expression);
        await box.PressAsync("Escape");
        await Assertions.Expect(page.Page.Locator(".fb-expr", new() { Has = box }).Locator(".fb-ok")).ToBeVisibleAsync();
    }

    private static ILocator Group(BrowserPage page, string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    /// <summary>Opens the dashboard until its row for <paramref name="reference"/> shows <paramref name="text"/> (workflows run just after the response).</summary>
    private static async Task ExpectOnDashboardAsync(BrowserPage page, string reference, string text)
    {
        var row = page.Page.Locator("[data-testid=recent-grid] tr", new() { HasText = reference });
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.GotoAsync("/studio");
            await Assertions.Expect(row).ToHaveCountAsync(1);
            if ((await row.InnerTextAsync()).Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(500);
        }

        await Assertions.Expect(row).ToContainTextAsync(text);
    }
}
