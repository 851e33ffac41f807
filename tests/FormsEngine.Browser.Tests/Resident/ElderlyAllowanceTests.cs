using System.Globalization;
using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Resident;

/// <summary>高龄津贴申请 with scripts on, on a 360 px phone: live age, submission, and the eligibility receipt.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ElderlyAllowanceTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Eligible_applicant_sees_the_age_live_and_a_receipt_that_says_eligible()
    {
        await using var page = await Browser.NewPhonePageAsync();
        var form = new ElderlyAllowancePage(page);
        var applicant = ElderlyApplicant.Eligible;
        var age = applicant.Age.ToString(CultureInfo.InvariantCulture);

        var response = await form.OpenAsync();

        Assert.Equal(200, response.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("高龄津贴申请");
        await Assertions.Expect(form.Age).ToHaveValueAsync("");
        await form.FillAsync(applicant);
        // Calculated in the browser from the ID number as it is typed (age(idBirthDate(身份证号))), before any post.
        await Assertions.Expect(form.Age).ToHaveValueAsync(age);
        await Assertions.Expect(page.Locator(".fe-err")).ToHaveCountAsync(0);
        await ResidentChecks.AssertNoHorizontalOverflowAsync(page);
        await Artifacts.ScreenshotAsync(page, "resident-elderly-eligible-form");

        await form.SubmitAndWaitForReceiptAsync();

        await ResidentChecks.AssertReceiptAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "初步审核：符合条件" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"您符合高龄补贴条件（{age} 周岁），补贴按月发放到社保卡")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("高龄津贴申请 · 东区社区")).ToBeVisibleAsync();
        await ResidentChecks.AssertNoHorizontalOverflowAsync(page);
        await Artifacts.ScreenshotAsync(page, "resident-elderly-eligible-receipt");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Ineligible_applicant_gets_a_receipt_listing_each_unmet_condition()
    {
        await using var page = await Browser.NewPhonePageAsync();
        var form = new ElderlyAllowancePage(page);
        var applicant = ElderlyApplicant.Ineligible;
        var age = applicant.Age.ToString(CultureInfo.InvariantCulture);
        await form.OpenAsync();

        await form.FillAsync(applicant);
        await Assertions.Expect(form.Age).ToHaveValueAsync(age);
        await form.SubmitAndWaitForReceiptAsync();

        await ResidentChecks.AssertReceiptAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "初步审核：暂不符合条件" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "初步审核：符合条件" })).ToHaveCountAsync(0);
        var explanation = page.Locator(".card").Filter(new() { HasText = "初步审核" });
        await Assertions.Expect(explanation).ToContainTextAsync($"年龄需满 80 周岁（您的年龄：{age} 岁）");
        await Assertions.Expect(explanation).ToContainTextAsync("需为本市户籍，或在本社区连续居住满 5 年（您的居住年限：2 年）");
        // The condition that is met is not reported as unmet.
        await Assertions.Expect(explanation).Not.ToContainTextAsync("不能重复申领");
        await ResidentChecks.AssertNoHorizontalOverflowAsync(page);
        await Artifacts.ScreenshotAsync(page, "resident-elderly-ineligible-receipt");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Server_rejection_with_scripts_on_keeps_the_answers_and_the_summary_link_focuses_the_question()
    {
        // The page checks required answers, formats and ID numbers; a number's range is left to the server.
        await using var page = await Browser.NewPhonePageAsync();
        var form = new ElderlyAllowancePage(page);
        await form.OpenAsync();
        await form.FillAsync(ElderlyApplicant.Eligible);
        await form.Years.FillAsync("130");

        var rejected = await page.Page.RunAndWaitForResponseAsync(
            () => form.Submit.ClickAsync(),
            response => response.Request.Method == "POST");

        Assert.Equal(422, rejected.Status);
        var summary = page.Locator("#fe-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("提交未成功，请修改以下 1 处");
        await Assertions.Expect(form.Error("在本社区居住年限（年）")).ToHaveTextAsync("不能大于 120");
        await Assertions.Expect(form.Name).ToHaveValueAsync(ElderlyApplicant.Eligible.Name);
        await Assertions.Expect(form.Years).ToHaveValueAsync("130");
        await Assertions.Expect(form.Group("户籍").GetByLabel("本市户籍")).ToBeCheckedAsync();
        // A page showing server errors does not offer the draft on top of them.
        await Assertions.Expect(page.GetByText("已恢复上次未提交的内容")).ToHaveCountAsync(0);
        await Artifacts.ScreenshotAsync(page, "resident-elderly-js-server-error");

        await summary.GetByRole(AriaRole.Link, new() { Name = "在本社区居住年限（年）：不能大于 120" }).ClickAsync();

        await Assertions.Expect(form.Years).ToBeFocusedAsync();
        await form.Years.FillAsync("10");
        // Tapped straight from the corrected box: the blur removes the server's message above the button, and the tap
        // must still submit (not land on the space the button moved away from).
        await form.Submit.TapAsync();
        await Assertions.Expect(page.Page).ToHaveURLAsync(ElderlyAllowancePage.ReceiptUrl);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "初步审核：符合条件" })).ToBeVisibleAsync();
        Assert.All(page.Problems, problem => Assert.Contains("422", problem, StringComparison.Ordinal));
    }
}
