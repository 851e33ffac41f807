using System.Security.Claims;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;

namespace FormsEngine.Host.Studio;

/// <summary>How every studio seam call runs: in a fresh DI scope whose <see cref="TenantScope"/> is the circuit user's.</summary>
internal static class StudioScopes
{
    /// <summary>Runs <paramref name="work"/> in a fresh scope whose tenancy is the circuit user's (closed when signed out).</summary>
    public static async Task<T> RunAsUserAsync<T>(this IServiceScopeFactory scopes, AuthenticationStateProvider authentication, Func<IServiceProvider, ClaimsPrincipal, Task<T>> work)
    {
        var user = (await authentication.GetAuthenticationStateAsync().ConfigureAwait(false)).User;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            if (user.Identity?.IsAuthenticated == true)
            {
                user.Apply(scope.ServiceProvider.GetRequiredService<TenantScope>());
            }

            return await work(scope.ServiceProvider, user).ConfigureAwait(false);
        }
    }
}
