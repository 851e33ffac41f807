using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Resident;

/// <summary>
/// The resident form without a pointer: Tab reaches every question in order with a visible focus ring, a choice can
/// be made with the keyboard, and every visible control has a label that screen readers announce.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class KeyboardAndLabelTests(BrowserFixture browser) : BrowserTest(browser)
{
    /// <summary>What Tab focuses, in order: the control's name (a radio group is one stop) or a button's text.</summary>
    private const string FocusedControl = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          return { name: el.name && el.name !== '_action' ? el.name : el.textContent.trim(), ring: el.matches(':focus-visible') };
        }
        """;

    /// <summary>Every visible control's name, with whether it has a label (for=, wrapping, or aria-labelledby).</summary>
    private const string Controls = """
        () => [...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
          .filter(el => el.getClientRects().length > 0)
          .map(el => ({ name: el.name, labelled: el.labels.length > 0 || el.hasAttribute('aria-labelledby') }))
        """;

    [Fact]
    public async Task Tab_reaches_every_question_of_the_elderly_form_in_order_with_a_focus_ring()
    {
        await using var page = await Browser.NewPhonePageAsync();
        await new ElderlyAllowancePage(page).OpenAsync();
        var controls = await page.EvaluateAsync<Control[]>(Controls);
        var expected = controls.Select(c => c.Name).Distinct().Append("提交").ToList();

        var registration = page.GetByRole(AriaRole.Group, new() { Name = "户籍", Exact = true });
        var reached = new List<Focused>();
        for (var presses = 0; presses < 3 * expected.Count && reached.LastOrDefault()?.Name != "提交"; presses++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<Focused?>(FocusedControl) is not { } focused)
            {
                continue;
            }

            reached.Add(focused);
            if (focused.Name == "户籍")
            {
                // Answer a choice on the way: Space picks the focused option, an arrow key moves to the next one.
                await Assertions.Expect(registration.GetByLabel("本市户籍")).ToBeFocusedAsync();
                await page.Page.Keyboard.PressAsync("Space");
                await Assertions.Expect(registration.GetByLabel("本市户籍")).ToBeCheckedAsync();
                await page.Page.Keyboard.PressAsync("ArrowDown");
                await Assertions.Expect(registration.GetByLabel("外地户籍")).ToBeCheckedAsync();
            }
        }

        Assert.Equal(["姓名", "身份证号", "年龄", "手机号", "户籍", "居住年限", "独居", "已领取其他养老补贴", "提交"], expected);
        Assert.Equal(expected, reached.Select(f => f.Name).ToList());
        Assert.All(reached, f => Assert.True(f.Ring, $"{f.Name} has no visible focus ring (:focus-visible) when reached by Tab."));
        await Assertions.Expect(registration.GetByLabel("本市户籍")).Not.ToBeCheckedAsync();
        await Artifacts.ScreenshotAsync(page, "resident-elderly-keyboard-submit-focused");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Keyboard_user_continues_at_the_first_question_of_the_step_after_next_and_previous()
    {
        await using var page = await Browser.NewPhonePageAsync();
        await page.GotoAsync("/f/xinhua-dongqu/returnee-registration");
        await FillReturneeStepOneAsync(page);
        var steps = page.Locator(".fe-steps");

        // From the last field of step 1, Tab reaches 下一步; Enter moves on, and the next Tab is step 2's first question
        // (not 提交, which is where the now hidden 下一步 button was).
        await page.Page.GetByLabel("房号").FocusAsync();
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("下一步", (await page.EvaluateAsync<Focused?>(FocusedControl))?.Name);
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(steps).ToHaveTextAsync("第 2/2 步：行程信息");
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("返乡日期", (await page.EvaluateAsync<Focused?>(FocusedControl))?.Name);
        await Assertions.Expect(page.Page.GetByLabel("抵达日期")).ToBeInViewportAsync();
        await Artifacts.ScreenshotAsync(page, "resident-returnee-keyboard-step2");

        await page.GetByRole(AriaRole.Button, new() { Name = "上一步" }).FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(steps).ToHaveTextAsync("第 1/2 步：基本信息");
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("姓名", (await page.EvaluateAsync<Focused?>(FocusedControl))?.Name);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Every_visible_control_of_the_elderly_form_has_a_label()
    {
        await using var page = await Browser.NewPhonePageAsync();
        var form = new ElderlyAllowancePage(page);
        await form.OpenAsync();

        var controls = await page.EvaluateAsync<Control[]>(Controls);

        Assert.Equal(11, controls.Length); // 4 text boxes, the calculated age, 3 pairs of radios
        Assert.All(controls, c => Assert.True(c.Labelled, $"The control named {c.Name} has no label."));
        // The accessible name is the question without the required marker (aria-hidden '*').
        await Assertions.Expect(form.Name).ToHaveAccessibleNameAsync("老人姓名");
        await Assertions.Expect(form.Age).ToHaveAccessibleNameAsync("年龄（周岁）");
        await Assertions.Expect(form.Group("户籍").GetByRole(AriaRole.Radio, new() { Name = "外地户籍" })).ToHaveCountAsync(1);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Every_visible_control_of_the_returnee_form_has_a_label_including_an_added_family_member()
    {
        await using var page = await Browser.NewPhonePageAsync();
        await page.GotoAsync("/f/xinhua-dongqu/returnee-registration");

        // The stepper hides step 2; show every control by checking both steps.
        var step1 = await page.EvaluateAsync<Control[]>(Controls);
        await FillReturneeStepOneAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "交通方式" }).GetByLabel("飞机").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "添加同行家庭成员" }).ClickAsync();
        await Assertions.Expect(page.Locator("[name='家庭成员[0].姓名']")).ToBeVisibleAsync();
        var step2 = await page.EvaluateAsync<Control[]>(Controls);

        Assert.Contains(step1, c => c.Name == "住址.room");
        Assert.Contains(step2, c => c.Name == "车次航班");
        Assert.Contains(step2, c => c.Name == "家庭成员[0].身份证号");
        Assert.All(step1.Concat(step2), c => Assert.True(c.Labelled, $"The control named {c.Name} has no label."));
        page.AssertNoProblems();
    }

    private static async Task FillReturneeStepOneAsync(BrowserPage page)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "姓名", Exact = true }).FillAsync("赵志强");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "身份证号", Exact = true }).FillAsync("110105193805050029");
        await page.Page.GetByLabel("手机号码").FillAsync("13800138000");
        await page.Page.GetByLabel("小区").FillAsync("幸福里");
        await page.Page.GetByLabel("楼栋").FillAsync("3");
        await page.Page.GetByLabel("房号").FillAsync("501");
    }

    // Playwright deserialises evaluate results through a parameterless constructor and property setters.
    private sealed class Control
    {
        public string Name { get; set; } = "";

        public bool Labelled { get; set; }
    }

    private sealed class Focused
    {
        public string Name { get; set; } = "";

        public bool Ring { get; set; }
    }
}
