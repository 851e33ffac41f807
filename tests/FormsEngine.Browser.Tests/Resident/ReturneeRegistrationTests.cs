using System.Globalization;
using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Resident;

/// <summary>
/// 返乡人员登记 with scripts on: the two-step stepper, the 车次/航班号 question shown only for train or plane, a family
/// member added in place from the template, and Chinese checks in the browser before anything is posted.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ReturneeRegistrationTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Path = "/f/xinhua-dongqu/returnee-registration?b=dongqu-b1";
    private const string BadChecksum = "110105194003070015";

    [Fact]
    public async Task Stepper_conditional_question_family_member_and_client_checks_work_without_a_round_trip()
    {
        await using var page = await Browser.NewPhonePageAsync();
        var posts = ResidentChecks.CountPosts(page);
        var response = await page.GotoAsync(Path);
        Assert.Equal(200, response.Status);
        var steps = page.Locator(".fe-steps");
        var next = page.GetByRole(AriaRole.Button, new() { Name = "下一步" });
        var previous = page.GetByRole(AriaRole.Button, new() { Name = "上一步" });
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true });
        // By id (the documented naming scheme): a family member has its own 姓名 and 身份证号, and these are hidden on step 2.
        var name = page.Locator("#fe-姓名");
        var idNumber = page.Locator("#fe-身份证号");
        await Assertions.Expect(name).ToHaveAccessibleNameAsync("姓名");
        var flight = page.Page.GetByLabel("车次/航班号");

        // Step 1 of 2: only 基本信息 is shown; 上一步 and 提交 wait for later.
        await Assertions.Expect(steps).ToHaveTextAsync("第 1/2 步：基本信息");
        await Assertions.Expect(name).ToBeVisibleAsync();
        await Assertions.Expect(page.Page.GetByLabel("出发城市")).ToBeHiddenAsync();
        await Assertions.Expect(previous).ToBeHiddenAsync();
        await Assertions.Expect(submit).ToBeHiddenAsync();

        // A wrong check digit is reported in Chinese when the resident leaves the box, and 下一步 stays on the step.
        await name.FillAsync("赵志强");
        await idNumber.FillAsync(BadChecksum);
        await page.Page.GetByLabel("手机号码").FocusAsync();
        var idError = page.Locator("#fe-身份证号-e");
        await Assertions.Expect(idError).ToHaveTextAsync("身份证号码校验位不正确，请核对");
        await Assertions.Expect(idNumber).ToHaveAttributeAsync("aria-invalid", "true");
        await page.Page.GetByLabel("手机号码").FillAsync("13800138000");
        await page.Page.GetByLabel("小区").FillAsync("幸福里");
        await page.Page.GetByLabel("楼栋").FillAsync("3");
        await page.Page.GetByLabel("房号").FillAsync("501");
        await next.ClickAsync();
        await Assertions.Expect(steps).ToHaveTextAsync("第 1/2 步：基本信息");
        await Assertions.Expect(idNumber).ToBeFocusedAsync();
        await ResidentChecks.AssertErrorBarsClearOfContentAsync(page);
        await Artifacts.ScreenshotAsync(page, "resident-returnee-id-error");

        await idNumber.FillAsync("110105193805050029");
        await Assertions.Expect(idError).ToHaveCountAsync(0);
        await next.ClickAsync();

        // Step 2: the journey. 车次/航班号 only for train or plane.
        await Assertions.Expect(steps).ToHaveTextAsync("第 2/2 步：行程信息");
        await Assertions.Expect(name).ToBeHiddenAsync();
        await Assertions.Expect(page.Page.GetByLabel("出发城市")).ToBeVisibleAsync();
        await Assertions.Expect(previous).ToBeVisibleAsync();
        await Assertions.Expect(submit).ToBeVisibleAsync();
        await Assertions.Expect(flight).ToBeHiddenAsync();
        var travel = page.GetByRole(AriaRole.Group, new() { Name = "交通方式", Exact = true });
        await travel.GetByLabel("火车/高铁").CheckAsync();
        await Assertions.Expect(flight).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#fe-车次航班-q .fe-req")).ToBeVisibleAsync();
        await travel.GetByLabel("自驾").CheckAsync();
        await Assertions.Expect(flight).ToBeHiddenAsync();
        await travel.GetByLabel("飞机").CheckAsync();
        await Assertions.Expect(flight).ToBeVisibleAsync();
        await flight.FillAsync("CA1234");

        // A family member is added from the template in the page, numbered 1, with its own named controls.
        await page.EvaluateAsync<int>("() => window.feSamePage = 1");
        var members = page.Locator(".fe-repeat[data-name='家庭成员'] .fe-item");
        await Assertions.Expect(members).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "添加同行家庭成员" }).ClickAsync();
        await Assertions.Expect(members).ToHaveCountAsync(1);
        var member = members.First;
        await Assertions.Expect(member.Locator(".fe-item-title")).ToHaveTextAsync("同行家庭成员 1");
        var memberName = member.GetByRole(AriaRole.Textbox, new() { Name = "姓名", Exact = true });
        var memberId = member.GetByRole(AriaRole.Textbox, new() { Name = "身份证号", Exact = true });
        await Assertions.Expect(memberName).ToBeFocusedAsync();
        await Assertions.Expect(memberName).ToHaveAttributeAsync("name", "家庭成员[0].姓名");
        await Assertions.Expect(memberId).ToHaveAttributeAsync("name", "家庭成员[0].身份证号");
        await Assertions.Expect(member.GetByRole(AriaRole.Group, new() { Name = "与本人关系" }).GetByRole(AriaRole.Radio)).ToHaveCountAsync(4);
        await memberName.FillAsync("赵小明");
        await memberId.FillAsync(ElderlyApplicant.Ineligible.IdNumber);
        await Assertions.Expect(member.GetByLabel("年龄", new() { Exact = true })).ToHaveValueAsync(ElderlyApplicant.Ineligible.Age.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.feSamePage"));

        // Submitting with a bad ID number in the new item is stopped in the browser with the Chinese message.
        await memberId.FillAsync(BadChecksum);
        await submit.ClickAsync();
        await Assertions.Expect(page.Locator("#fe-家庭成员-0-身份证号-e")).ToHaveTextAsync("身份证号码校验位不正确，请核对");
        await Assertions.Expect(page.Locator("#fe-是否发热-e")).ToHaveTextAsync("请填写此项");
        await ResidentChecks.AssertNoHorizontalOverflowAsync(page);
        await ResidentChecks.AssertErrorBarsClearOfContentAsync(page);
        await Artifacts.ScreenshotAsync(page, "resident-returnee-step2-family-member");
        Assert.Equal(0, posts());
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.feSamePage"));

        // 上一步 goes back with the answers still there.
        await previous.ClickAsync();
        await Assertions.Expect(steps).ToHaveTextAsync("第 1/2 步：基本信息");
        await Assertions.Expect(name).ToHaveValueAsync("赵志强");
        page.AssertNoProblems();
    }
}
