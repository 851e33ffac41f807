using System.Globalization;
using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Resident;

/// <summary>
/// 高龄津贴申请 on a phone with scripts off: the server checks the answers, shows the errors in Chinese next to each
/// question and in a summary, keeps what was typed, and accepts the corrected form.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class NoScriptTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly string[] RequiredLabels =
        ["老人姓名", "老人身份证号", "联系电话", "户籍", "在本社区居住年限（年）", "是否独居", "是否已领取其他同类养老补贴"];

    [Fact]
    public async Task Empty_submission_shows_Chinese_errors_then_the_corrected_form_gets_a_receipt()
    {
        await using var page = await Browser.NewPhonePageAsync(javaScriptEnabled: false);
        var form = new ElderlyAllowancePage(page);
        await form.OpenAsync();

        // Waiting for a load state after the response can race the new document; the assertions below wait for
        // content that only the server's answer page has.
        var rejected = await page.Page.RunAndWaitForResponseAsync(() => form.Submit.ClickAsync(), IsPostTo(ElderlyAllowancePage.Path));

        Assert.Equal(422, rejected.Status);
        var summary = page.Locator("#fe-summary");
        await Assertions.Expect(summary).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"提交未成功，请修改以下 {RequiredLabels.Length} 处");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(RequiredLabels.Length);
        foreach (var label in RequiredLabels)
        {
            await Assertions.Expect(form.Error(label)).ToHaveTextAsync("请填写此项");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = label + "：请填写此项" })).ToBeVisibleAsync();
        }

        // The message is tied to its control for screen readers, and the summary links jump to the question.
        await Assertions.Expect(form.Name).ToHaveAccessibleDescriptionAsync("请填写此项");
        await Assertions.Expect(form.Name).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "老人姓名：请填写此项" })).ToHaveAttributeAsync("href", "#fe-姓名-q");
        await Assertions.Expect(form.Question("年龄（周岁）").Locator(".fe-err")).ToHaveCountAsync(0);
        await ResidentChecks.AssertNoHorizontalOverflowAsync(page);
        await ResidentChecks.AssertErrorBarsClearOfContentAsync(page);
        await Artifacts.ScreenshotAsync(page, "resident-elderly-no-js-errors");
        // The 422 is deliberate (Chromium also logs it to the console); nothing else may have gone wrong.
        Assert.Contains($"HTTP 422: POST {new Uri(BaseUrl, ElderlyAllowancePage.Path)}", page.Problems);
        Assert.All(page.Problems, problem => Assert.Contains("422", problem, StringComparison.Ordinal));
        page.ClearProblems();

        var applicant = ElderlyApplicant.Eligible;
        await form.FillAsync(applicant);
        var accepted = await page.Page.RunAndWaitForResponseAsync(() => form.Submit.ClickAsync(), IsPostTo(ElderlyAllowancePage.Path));
        await Assertions.Expect(page.Page).ToHaveURLAsync(ElderlyAllowancePage.ReceiptUrl);

        Assert.Equal(302, accepted.Status);
        await ResidentChecks.AssertReceiptAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "初步审核：符合条件" })).ToBeVisibleAsync();
        // Without scripts the page never showed the age: the server calculated it from the ID number.
        var age = applicant.Age.ToString(CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByText($"您符合高龄补贴条件（{age} 周岁）", new() { Exact = false })).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(page, "resident-elderly-no-js-receipt");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Server_errors_keep_what_the_resident_typed()
    {
        await using var page = await Browser.NewPhonePageAsync(javaScriptEnabled: false);
        var form = new ElderlyAllowancePage(page);
        await form.OpenAsync();
        await form.Name.FillAsync("王秀兰");
        await form.Mobile.FillAsync("12345");
        await form.Group("户籍").GetByLabel("外地户籍").CheckAsync();

        // Waiting for a load state after the response can race the new document; the assertions below wait for
        // content that only the server's answer page has.
        var rejected = await page.Page.RunAndWaitForResponseAsync(() => form.Submit.ClickAsync(), IsPostTo(ElderlyAllowancePage.Path));

        Assert.Equal(422, rejected.Status);
        await Assertions.Expect(form.Error("联系电话")).ToHaveTextAsync("手机号码格式不正确，应为11位数字");
        await Assertions.Expect(form.Name).ToHaveValueAsync("王秀兰");
        await Assertions.Expect(form.Mobile).ToHaveValueAsync("12345");
        await Assertions.Expect(form.Group("户籍").GetByLabel("外地户籍")).ToBeCheckedAsync();
        await Assertions.Expect(form.Error("老人姓名")).ToHaveCountAsync(0);
        await Assertions.Expect(form.Error("户籍")).ToHaveCountAsync(0);
        page.ClearProblems();
    }

    private static Func<IResponse, bool> IsPostTo(string path) =>
        response => response.Request.Method == "POST" && new Uri(response.Url).AbsolutePath == path;
}
