using System.Security.Claims;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;

namespace FormsEngine.Host.Studio;

/// <summary>
/// Runs one studio call. A circuit lives for hours, so nothing holds a DbContext across calls: each call opens its own
/// DI scope and narrows that scope's <see cref="TenantScope"/> from the circuit's user exactly as the request
/// middleware does (a signed-out circuit sees nothing). Every host implementation of a studio seam goes through here.
/// </summary>
internal sealed class StudioCalls(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
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
