using FormsEngine.Host.Accounts;

namespace FormsEngine.Host.Tenancy;

/// <summary>Sets the request's <see cref="TenantScope"/> from the signed-in staff account, after authentication.</summary>
internal static class TenantScopeMiddleware
{
    public static IApplicationBuilder UseTenantScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.User.Apply(context.RequestServices.GetRequiredService<TenantScope>());
        }

        await next(context).ConfigureAwait(false);
    });
}
