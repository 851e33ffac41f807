using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FormsEngine.Browser.Tests.Studio;

/// <summary>Signing staff in through the host's sign-in page, and creating submissions through the staff API.</summary>
internal static class StudioSession
{
    /// <summary>A submission that starts the approval workflow with a task for dongqu.grid1.</summary>
    public const string IdNumber = "110105194003070014";

    public const string MaskedIdNumber = "110***********0014";

    /// <summary>Opens <paramref name="returnUrl"/>, is sent to sign-in, signs in, and lands back there.</summary>
    public static async Task SignInAsync(BrowserPage page, string userName, string returnUrl = "/studio")
    {
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Page.GetByLabel("用户名").FillAsync(userName);
        await page.Page.GetByLabel("密码").FillAsync(userName == "admin" ? BrowserHost.AdminPassword : BrowserHost.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == returnUrl.Split('?')[0]);
    }

    /// <summary>Submits an elderly-allowance application as dongqu.staff and returns its reference (e.g. EA-…).</summary>
    public static async Task<string> SubmitAsync(Uri baseUrl, string name = "李秀英")
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl };
        (await client.PostAsJsonAsync("/api/v1/session", new { userName = "dongqu.staff", password = BrowserHost.DemoPassword })).EnsureSuccessStatusCode();
        var response = await client.PostAsJsonAsync("/api/v1/submissions", new
        {
            community = "xinhua-dongqu",
            form = "elderly-allowance",
            building = "dongqu-b1",
            answers = new Dictionary<string, object>
            {
                ["姓名"] = name,
                ["身份证号"] = IdNumber,
                ["手机号"] = "13800138000",
                ["户籍"] = "本市",
                ["居住年限"] = 30,
                ["独居"] = true,
                ["已领取其他养老补贴"] = false,
            },
        });
        response.EnsureSuccessStatusCode();
        var receipt = await response.Content.ReadFromJsonAsync<JsonObject>();
        return receipt?["reference"]?.GetValue<string>() ?? throw new InvalidOperationException("The receipt has no reference.");
    }
}
