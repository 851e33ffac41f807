using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace FormsEngine.Host.Accounts;

/// <summary>
/// Staff sign-in: ASP.NET Core Identity on the host's database (PBKDF2-hashed passwords, lockout after 5 failures for
/// 15 minutes), a strict same-site cookie, and API calls that get 401/403 instead of a redirect to the sign-in page.
/// </summary>
internal static class AccountsHostExtensions
{
    public const string StaffPolicy = "staff";
    public const string AdminPolicy = "admin";
    public const string CommunityAdminPolicy = "communityAdmin";

    public static WebApplicationBuilder AddFormsEngineAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FormsEngineDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "fe.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.All))
            .AddPolicy(AdminPolicy, p => p.RequireRole(StaffRoles.StreetAdmin, StaffRoles.CommunityAdmin))
            .AddPolicy(CommunityAdminPolicy, p => p.RequireRole(StaffRoles.CommunityAdmin));
        services.AddScoped<AdminBootstrap>();
        return builder;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        var problem = status == StatusCodes.Status401Unauthorized
            ? Api.BilingualProblem.Create(status, "auth.required", "请先登录工作人员账号", "sign in with a staff account first")
            : Api.BilingualProblem.Create(status, "auth.forbidden", "您的角色无权进行此操作", "your role may not do this");
        return problem.ExecuteAsync(context.HttpContext);
    }
}
