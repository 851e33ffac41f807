using System.Globalization;
using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Resident;

/// <summary>
/// The draft resident.js keeps in localStorage: restored with a notice after a reload (without the ID number, which
/// is never stored), and gone once the form has been submitted.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class DraftTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Notice = "已恢复上次未提交的内容";

    [Fact]
    public async Task Reload_restores_the_draft_with_a_notice_and_submitting_clears_it()
    {
        await using var page = await Browser.NewPhonePageAsync();
        var form = new ElderlyAllowancePage(page);
        var applicant = ElderlyApplicant.Eligible;
        await form.OpenAsync();
        await Assertions.Expect(page.GetByText(Notice)).ToHaveCountAsync(0);

        await form.Name.FillAsync(applicant.Name);
        await form.Mobile.FillAsync(applicant.Mobile);
        await form.Group("户籍").GetByLabel(applicant.Registration).CheckAsync();
        await form.IdNumber.FillAsync(applicant.IdNumber);
        await Assertions.Expect(form.Age).ToHaveValueAsync(applicant.Age.ToString(CultureInfo.InvariantCulture));
        await form.Years.FillAsync(applicant.Years);
        // The draft is written a moment after the last change (the years, typed after the ID number); wait for it.
        await page.Page.WaitForFunctionAsync(
            "([key, years]) => { const d = localStorage.getItem(key); return d !== null && d.includes('\"居住年限\",\"' + years + '\"'); }",
            new object[] { ElderlyAllowancePage.DraftKey, applicant.Years });
        var stored = await page.EvaluateAsync<string>("key => localStorage.getItem(key)", ElderlyAllowancePage.DraftKey);
        Assert.DoesNotContain(applicant.IdNumber, stored, StringComparison.Ordinal);

        await page.Page.ReloadAsync();

        var notice = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(notice).ToContainTextAsync(Notice);
        await Assertions.Expect(notice.GetByRole(AriaRole.Button, new() { Name = "清空重填" })).ToBeVisibleAsync();
        await Assertions.Expect(form.Name).ToHaveValueAsync(applicant.Name);
        await Assertions.Expect(form.Mobile).ToHaveValueAsync(applicant.Mobile);
        await Assertions.Expect(form.Group("户籍").GetByLabel(applicant.Registration)).ToBeCheckedAsync();
        await Assertions.Expect(form.Years).ToHaveValueAsync(applicant.Years);
        // Sensitive personal data stays out of the draft: the ID number (and the age derived from it) must be typed again.
        await Assertions.Expect(form.IdNumber).ToHaveValueAsync("");
        await Assertions.Expect(form.Age).ToHaveValueAsync("");
        await ResidentChecks.AssertNoHorizontalOverflowAsync(page);
        await Artifacts.ScreenshotAsync(page, "resident-elderly-draft-restored");

        await form.FillAsync(applicant);
        await form.SubmitAndWaitForReceiptAsync();
        await ResidentChecks.AssertReceiptAsync(page);
        // The receipt page's script clears the draft (<body data-fe-clear-draft>).
        await page.Page.WaitForFunctionAsync("key => localStorage.getItem(key) === null", ElderlyAllowancePage.DraftKey);

        await form.OpenAsync();

        await Assertions.Expect(form.Name).ToHaveValueAsync("");
        await Assertions.Expect(form.Mobile).ToHaveValueAsync("");
        await Assertions.Expect(form.Group("户籍").GetByRole(AriaRole.Radio, new() { Checked = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText(Notice)).ToHaveCountAsync(0);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Clear_button_on_the_notice_discards_the_draft()
    {
        await using var page = await Browser.NewPhonePageAsync();
        var form = new ElderlyAllowancePage(page);
        await form.OpenAsync();
        await form.Name.FillAsync("王秀兰");
        await page.Page.WaitForFunctionAsync("key => localStorage.getItem(key) !== null", ElderlyAllowancePage.DraftKey);
        await page.Page.ReloadAsync();
        await Assertions.Expect(form.Name).ToHaveValueAsync("王秀兰");

        await page.Page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "清空重填" }).ClickAsync(),
            response => response.Request.IsNavigationRequest);

        await Assertions.Expect(page.GetByText(Notice)).ToHaveCountAsync(0);
        await Assertions.Expect(form.Name).ToHaveValueAsync("");
        Assert.Null(await page.EvaluateAsync<string?>("key => localStorage.getItem(key)", ElderlyAllowancePage.DraftKey));
        page.AssertNoProblems();
    }
}
