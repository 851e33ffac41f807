using System.Security.Cryptography;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Accounts;

/// <summary>
/// Creates staff accounts on first start. The first admin's password comes from <c>FormsEngine:AdminPassword</c>
/// (or the <c>FormsEngine__AdminPassword</c> environment variable); without one, a random password is generated and
/// printed once to the console. Demo accounts take <c>FormsEngine:DemoPassword</c> or a generated one likewise. No
/// password is written in the code or kept anywhere but as Identity's hash.
/// </summary>
internal sealed partial class AdminBootstrap(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<FormsEngineHostOptions> options, ILogger<AdminBootstrap> logger)
{
    public const string AdminUserName = "admin";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Tenancy.StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false), role);
            }
        }
    }

    /// <summary>Creates the accounts that do not exist yet; returns the generated passwords to print (empty when configured).</summary>
    public async Task CreateAsync(IEnumerable<(StaffUser User, string Role, bool IsAdmin)> accounts)
    {
        var settings = options.Value;
        string? generatedAdmin = null, generatedDemo = null;
        var created = new List<string>();
        foreach (var (user, role, isAdmin) in accounts)
        {
            if (await users.FindByNameAsync(user.UserName!).ConfigureAwait(false) is not null)
            {
                continue;
            }

            var password = isAdmin
                ? settings.AdminPassword ?? (generatedAdmin ??= Generate())
                : settings.DemoPassword ?? (generatedDemo ??= Generate());
            Check(await users.CreateAsync(user, password).ConfigureAwait(false), user.UserName!);
            Check(await users.AddToRoleAsync(user, role).ConfigureAwait(false), user.UserName!);
            created.Add(user.UserName!);
        }

        if (generatedAdmin is not null)
        {
            // Printed once, on the console only (not the log), so it does not end up in log files.
            Console.WriteLine($"[FormsEngine] 管理员账号 admin 的初始密码 / initial password of 'admin': {generatedAdmin}");
            Console.WriteLine("[FormsEngine] 请登录后立即修改；也可用 FormsEngine__AdminPassword 环境变量指定。/ Change it after signing in, or set FormsEngine__AdminPassword.");
        }

        if (generatedDemo is not null)
        {
            Console.WriteLine($"[FormsEngine] 演示账号（{string.Join("、", created.Where(n => n != AdminUserName))}）的密码 / demo accounts' password: {generatedDemo}");
        }

        if (created.Count > 0)
        {
            LogCreated(created.Count);
        }
    }

    /// <summary>
    /// 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I), about 90 bits, drawn until the password
    /// has a digit, a lower-case and an upper-case letter, as the Identity password rules require.
    /// </summary>
    internal static string Generate()
    {
        while (true)
        {
            var candidate = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
            if (candidate.Any(char.IsAsciiDigit) && candidate.Any(char.IsAsciiLetterLower) && candidate.Any(char.IsAsciiLetterUpper))
            {
                return candidate;
            }
        }
    }

    private static void Check(IdentityResult result, string subject)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Cannot create '{subject}': {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Count} staff accounts")]
    private partial void LogCreated(int count);
}
