using System.Security.Claims;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;

namespace FormsEngine.Host.Studio;

/// <summary>
/// Runs studio work in a fresh DI scope whose <see cref="TenantScope"/> is the circuit user's (closed when signed out).
/// A circuit lives for hours, so nothing may hold a DbContext across calls.
/// </summary>
internal sealed class CircuitScope(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, ClaimsPrincipal, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
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
