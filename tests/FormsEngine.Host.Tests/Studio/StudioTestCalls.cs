using System.Security.Claims;
using FormsEngine.Host.Data;
using FormsEngine.Host.Studio;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Studio;

/// <summary>The studio's call runner as a circuit signed in as one demo account would have it.</summary>
internal static class StudioTestCalls
{
    public static async Task<StudioCalls> ForAsync(HostFactory factory, string userName)
    {
        ClaimsPrincipal principal;
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No demo account {userName}.");
            principal = await scope.ServiceProvider.GetRequiredService<SignInManager<StaffUser>>().CreateUserPrincipalAsync(user);
        }

        return new StudioCalls(factory.Services.GetRequiredService<IServiceScopeFactory>(), new FixedUser(principal));
    }

    private sealed class FixedUser(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
