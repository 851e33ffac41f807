using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Studio;

/// <summary>The rule editors at <c>/studio/rules</c>, driven as community staff would: edit, see the check, test.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class RuleEditorTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Staff_edit_a_rule_see_a_live_diagnostic_and_test_it_with_sample_answers()
    {
        await using var page = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(page, "dongqu.staff", "/studio/rules");
        var editor = page.Locator("[data-testid=rule-tree-editor]");
        await Assertions.Expect(editor.Locator("[data-testid=rule-summary]")).ToContainTextAsync("规则检查通过");

        var age = editor.GetByRole(AriaRole.Button, new() { Name = "编辑规则 年龄达标" });
        await age.FocusAsync();
        await page.Page.Keyboard.PressAsync("Alt+ArrowDown");
        await Assertions.Expect(editor.Locator("[data-path='$.Rules[0].Rules[1]'] > button")).ToContainTextAsync("年龄达标");
        await age.FocusAsync();
        await page.Page.Keyboard.PressAsync("Alt+ArrowUp");
        await Assertions.Expect(editor.Locator("[data-path='$.Rules[0].Rules[0]'] > button")).ToContainTextAsync("年龄达标");

        await age.ClickAsync();
        var expression = editor.GetByLabel("条件", new() { Exact = true });
        await expression.FillAsync("input1.年纪 >= 起始年龄");
        var problems = editor.Locator("[data-testid=rule-expression-problems]");
        await Assertions.Expect(problems).ToContainTextAsync("1:8");
        await Assertions.Expect(problems).ToContainTextAsync("年纪");
        await Assertions.Expect(editor.Locator("[data-testid=rule-summary]")).ToContainTextAsync("有 1 个问题需要修改");
        await Artifacts.ScreenshotAsync(page, "studio-rules-live-diagnostic");

        await expression.FillAsync("input1.年龄 >= 起始年龄");
        await Assertions.Expect(problems).ToContainTextAsync("条件正确");

        var panel = page.Locator("[data-testid=rule-test-panel]");
        await panel.Locator("[data-testid='sample-年龄']").FillAsync("72");
        await panel.Locator("[data-testid='sample-户籍']").FillAsync("本市");
        await panel.Locator("[data-testid='sample-已领取其他养老补贴']").FillAsync("否");
        await panel.Locator("[data-testid=run-test]").ClickAsync();

        await Assertions.Expect(panel.Locator("[data-testid=test-explanation]")).ToContainTextAsync("年龄需满 80 周岁（您的年龄：72 岁）");
        await Assertions.Expect(panel.Locator("[data-testid=test-node][data-success=false]").First).ToBeVisibleAsync();
        await panel.Locator("[data-testid=test-explanation]").ScrollIntoViewIfNeededAsync();
        await Artifacts.ScreenshotAsync(page, "studio-rules-test-panel");

        // The rules are back as published, so comparing on the stored submissions changes nobody.
        var whatIf = page.Locator("[data-testid=whatif-panel]");
        await whatIf.Locator("[data-testid=run-whatif]").ClickAsync();
        await Assertions.Expect(whatIf.Locator("[data-testid=whatif-counts]")).ToContainTextAsync("0 份新满足规则");
        await Assertions.Expect(whatIf.Locator("[data-testid=whatif-changes]")).ToContainTextAsync("没有申请的结果会变化");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Switching_a_decision_table_to_unique_flags_its_overlapping_rows()
    {
        await using var page = await Browser.NewDesktopPageAsync();
        await StudioSession.SignInAsync(page, "dongqu.staff", "/studio/rules");
        await page.GetByRole(AriaRole.Tab, new() { Name = "决策表" }).ClickAsync();
        var editor = page.Locator("[data-testid=decision-table-editor]");
        await Assertions.Expect(editor.Locator("[data-testid=table-row]")).ToHaveCountAsync(7);
        await Assertions.Expect(editor.Locator("[data-testid=table-row][data-flagged=true]")).ToHaveCountAsync(0);

        await editor.GetByLabel("命中策略").SelectOptionAsync("UNIQUE");

        await Assertions.Expect(editor.Locator("[data-testid=table-general-problems]")).ToContainTextAsync("问题需要修改");
        await Assertions.Expect(editor.Locator("[data-testid=table-row-notes][data-row='1']")).ToContainTextAsync("UNIQUE");
        await Assertions.Expect(editor.Locator("[data-testid=table-row-notes][data-row='0']")).ToContainTextAsync("与第 2 行重叠");
        await editor.GetByRole(AriaRole.Button, new() { Name = "删除第 7 行" }).ClickAsync();
        await Assertions.Expect(editor.Locator("[data-testid=table-row]")).ToHaveCountAsync(6);
        await page.Page.EvaluateAsync("() => { const grid = document.querySelector('[data-testid=table-grid]'); grid.parentElement.scrollLeft = 0; grid.scrollIntoView(); }");
        await Artifacts.ScreenshotAsync(page, "studio-rules-decision-table");
        page.AssertNoProblems();
    }
}
