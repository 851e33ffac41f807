using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Accounts;

/// <summary>Staff sign-in: hashed passwords, lockout after five failures (audited), the HTML page with its antiforgery token.</summary>
public sealed class SignInTests : IClassFixture<HostFactory>
{
    private readonly HostFactory _factory;

    public SignInTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var client = _factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { userName = "xiqu.grid1", password = "guess-" + i });
            Assert.Equal(i < 4 ? HttpStatusCode.Unauthorized : HttpStatusCode.Locked, wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { userName = "xiqu.grid1", password = HostFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        var problem = (await right.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains("锁定 15 分钟", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);

        using var scope = _factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "account.lockedOut" && a.Subject == "xiqu.grid1"));
        var user = await db.Users.SingleAsync(u => u.UserName == "xiqu.grid1");
        Assert.StartsWith("AQAAAA", user.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { userName = "nobody", password = "whatever-123" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("session.invalid", (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Html_sign_in_needs_the_antiforgery_token_and_then_signs_in()
    {
        using var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        using var forged = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(
            [new("userName", "dongqu.staff"), new("password", HostFactory.DemoPassword), new("__RequestVerificationToken", "forged")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var ok = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(
            [new("userName", "dongqu.staff"), new("password", HostFactory.DemoPassword), new("__RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token)), new("returnUrl", "//evil.example/")]));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/", ok.Headers.Location!.OriginalString);
        using var forms = await client.GetAsync(new Uri("/api/v1/forms", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, forms.StatusCode);
    }

    [Fact]
    public async Task Api_without_a_session_is_a_bilingual_401_and_a_wrong_role_a_403()
    {
        using var anonymous = _factory.CreateClient();
        using var response = await anonymous.GetAsync(new Uri("/api/v1/submissions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("请先登录", (await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>(), StringComparison.Ordinal);

        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        using var unmaskedList = await staff.GetAsync(new Uri("/api/v1/submissions?unmasked=true", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, unmaskedList.StatusCode);
    }
}
