using FormsEngine.Host.Api;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Accounts;

/// <summary>
/// Staff sign-in: the HTML page <c>/account/login</c> (antiforgery-protected form post, works without JavaScript) and
/// the JSON session <c>/api/v1/session</c> for API clients. Five wrong passwords lock the account for 15 minutes;
/// lockouts are audited.
/// </summary>
internal static class LoginEndpoints
{
    public static IEndpointRouteBuilder MapLoginEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Html(LoginPage.Render(antiforgery.GetAndStoreTokens(context), returnUrl, null))).ExcludeFromDescription();
        app.MapPost("/account/login", PostLoginForm).ExcludeFromDescription().DisableAntiforgery();
        app.MapPost("/account/logout", PostLogout).ExcludeFromDescription().DisableAntiforgery();
        app.MapGet("/account/denied", () => Html(PageLayout.Render("无权访问", "<h1>无权访问</h1><p>您的角色无权打开此页面。</p><p><a href=\"/\">返回首页</a></p>"), StatusCodes.Status403Forbidden))
            .ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/session").WithTags("Session");
        api.MapPost("/", PostSession).DisableAntiforgery();
        api.MapDelete("/", async (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync().ConfigureAwait(false);
            return TypedResults.NoContent();
        });
        return app;
    }

    internal static async Task<IResult> PostLoginForm(HttpContext context, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, AuditLog audit)
    {
        if (!context.Request.HasFormContentType || !await TryReadFormAsync(context).ConfigureAwait(false))
        {
            return Html(LoginPage.Render(antiforgery.GetAndStoreTokens(context), null, "提交的内容不完整，请重新登录。"), StatusCodes.Status400BadRequest);
        }

        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Html(LoginPage.Render(antiforgery.GetAndStoreTokens(context), null, "页面已过期，请重新登录。"), StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var returnUrl = form["returnUrl"].ToString();
        var outcome = await SignInAsync(signIn, audit, form["userName"].ToString(), form["password"].ToString()).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
        }

        return Html(LoginPage.Render(antiforgery.GetAndStoreTokens(context), returnUrl, outcome.MessageZh), outcome.Status);
    }

    /// <summary>Reads the posted form once (antiforgery and the handler then share it); false when the body is malformed or cut short.</summary>
    private static async Task<bool> TryReadFormAsync(HttpContext context)
    {
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException && !context.RequestAborted.IsCancellationRequested)
        {
            return false;
        }
    }

    internal static async Task<IResult> PostLogout(HttpContext context, IAntiforgery antiforgery, SignInManager<StaffUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Html(PageLayout.Render("请求无效", "<h1>请求无效</h1><p>页面已过期，请返回后重试。</p>"), StatusCodes.Status400BadRequest);
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
        return Results.LocalRedirect("/");
    }

    internal static async Task<Results<Ok<SessionInfo>, ProblemHttpResult>> PostSession(SessionRequest? request, SignInManager<StaffUser> signIn, AuditLog audit)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "session.missing", "请填写用户名和密码", "userName and password are required");
        }

        var outcome = await SignInAsync(signIn, audit, request.UserName, request.Password).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return BilingualProblem.Create(outcome.Status, outcome.Code, outcome.MessageZh, outcome.MessageEn);
        }

        var user = outcome.User!;
        var roles = await signIn.UserManager.GetRolesAsync(user).ConfigureAwait(false);
        return TypedResults.Ok(new SessionInfo(user.UserName!, user.DisplayName, roles.FirstOrDefault() ?? "", user.StreetId, user.CommunityId, user.GridId));
    }

    private static async Task<SignInOutcome> SignInAsync(SignInManager<StaffUser> signIn, AuditLog audit, string userName, string password)
    {
        var user = await signIn.UserManager.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == signIn.UserManager.NormalizeName(userName)).ConfigureAwait(false);
        if (user is null)
        {
            // Same answer as a wrong password: the page does not reveal which accounts exist.
            return SignInOutcome.Wrong;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await audit.WriteAsync(user.UserName!, "account.signIn", user.UserName!, user.StreetId, user.CommunityId, null, CancellationToken.None).ConfigureAwait(false);
            return SignInOutcome.Ok(user);
        }

        if (result.IsLockedOut)
        {
            await audit.WriteAsync(user.UserName!, "account.lockedOut", user.UserName!, user.StreetId, user.CommunityId, null, CancellationToken.None).ConfigureAwait(false);
            return SignInOutcome.Locked;
        }

        return SignInOutcome.Wrong;
    }

    private static bool IsLocal(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static ContentHttpResult Html(string html, int status = StatusCodes.Status200OK) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);

    private sealed record SignInOutcome(bool Succeeded, int Status, string Code, string MessageZh, string MessageEn, StaffUser? User)
    {
        public static readonly SignInOutcome Wrong = new(false, StatusCodes.Status401Unauthorized, "session.invalid", "用户名或密码错误", "wrong user name or password", null);

        public static readonly SignInOutcome Locked = new(false, StatusCodes.Status423Locked, "session.lockedOut",
            "密码错误次数过多，账号已锁定 15 分钟，请稍后再试或联系管理员", "too many failed attempts: the account is locked for 15 minutes", null);

        public static SignInOutcome Ok(StaffUser user) => new(true, StatusCodes.Status200OK, "", "", "", user);
    }
}

/// <summary>The body of <c>POST /api/v1/session</c>.</summary>
internal sealed record SessionRequest(string? UserName, string? Password);

/// <summary>Who is signed in.</summary>
internal sealed record SessionInfo(string UserName, string DisplayName, string Role, string StreetId, string? CommunityId, string? GridId);
