using System.Text.RegularExpressions;
using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Resident;

/// <summary>
/// The 高龄津贴申请 page of 东区社区 as a resident uses it: controls are found by their visible Chinese labels (so a
/// lost label fails the test), choices inside their question's group.
/// </summary>
internal sealed class ElderlyAllowancePage(BrowserPage page)
{
    public const string Path = "/f/xinhua-dongqu/elderly-allowance";

    /// <summary>Where a successful post redirects: <c>{Path}/receipt/{id}</c>.</summary>
    public static Regex ReceiptUrl { get; } = new("/f/xinhua-dongqu/elderly-allowance/receipt/[0-9a-f]+$", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The localStorage key of this form's draft (<c>fe-draft:</c> + id@version).</summary>
    public const string DraftKey = "fe-draft:elderly-allowance@1";

    public ILocator Name => Label("老人姓名");

    public ILocator IdNumber => Label("老人身份证号");

    public ILocator Age => Label("年龄（周岁）");

    public ILocator Mobile => Label("联系电话");

    public ILocator Years => Label("在本社区居住年限（年）");

    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true });

    /// <summary>A radio or yes/no question: the fieldset whose legend is <paramref name="legend"/>.</summary>
    public ILocator Group(string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    public ILocator Error(string label) => Question(label).Locator(".fe-err");

    /// <summary>The question wrapper (<c>.fe-q</c>) holding the control labelled <paramref name="label"/>.</summary>
    public ILocator Question(string label) =>
        page.Locator(".fe-q").Filter(new() { Has = page.Page.Locator(".fe-label", new() { HasText = label }) });

    public Task<IResponse> OpenAsync() => page.GotoAsync(Path);

    /// <summary>Types every answer (the ID number last-but-one, so the live age is checked after a realistic sequence).</summary>
    public async Task FillAsync(ElderlyApplicant applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        await Name.FillAsync(applicant.Name);
        await Mobile.FillAsync(applicant.Mobile);
        await Group("户籍").GetByLabel(applicant.Registration, new() { Exact = true }).CheckAsync();
        await Years.FillAsync(applicant.Years);
        await Group("是否独居").GetByLabel(applicant.LivesAlone ? "是" : "否", new() { Exact = true }).CheckAsync();
        await Group("是否已领取其他同类养老补贴").GetByLabel(applicant.HasOtherAllowance ? "是" : "否", new() { Exact = true }).CheckAsync();
        await IdNumber.FillAsync(applicant.IdNumber);
    }

    /// <summary>Clicks 提交 and waits for the receipt page the host redirects to.</summary>
    public async Task SubmitAndWaitForReceiptAsync()
    {
        await Submit.ClickAsync();
        await Assertions.Expect(page.Page).ToHaveURLAsync(ReceiptUrl);
    }

    /// <summary>A text box by its accessible name: the label without the required marker (an aria-hidden '*').</summary>
    private ILocator Label(string text) => page.GetByRole(AriaRole.Textbox, new() { Name = text, Exact = true });
}
