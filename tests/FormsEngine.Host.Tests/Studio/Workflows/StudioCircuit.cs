using System.Security.Claims;
using FormsEngine.Host.Data;
using FormsEngine.Host.Studio.Workflows;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Studio.Workflows;

/// <summary>The workflow seam as a studio circuit of a demo account would have it.</summary>
internal static class StudioCircuit
{
    public static async Task<WorkflowStudioOperations> WorkflowsForAsync(HostFactory factory, string userName)
    {
        ClaimsPrincipal principal;
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No demo account {userName}.");
            principal = await scope.ServiceProvider.GetRequiredService<SignInManager<StaffUser>>().CreateUserPrincipalAsync(user);
        }

        return new WorkflowStudioOperations(factory.Services.GetRequiredService<IServiceScopeFactory>(), new FixedUser(principal), TimeProvider.System);
    }

    private sealed class FixedUser(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
