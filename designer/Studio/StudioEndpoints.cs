using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace FormsEngine.Designer.Studio;

/// <summary>
/// Registers and maps the staff studio: interactive server components, Radzen's services, authentication state for
/// the circuit, localization. The host supplies <see cref="Operations.IStudioOperations"/> and the sign-in.
/// </summary>
public static class StudioEndpoints
{
    public static IServiceCollection AddStudioComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddRadzenComponents();
        services.AddLocalization();
        return services;
    }

    /// <summary>
    /// Maps the studio's pages (<c>/studio…</c>, each behind the staff policy), its circuit hub, the language switch,
    /// and the culture middleware for those paths. Call after authentication and authorization.
    /// </summary>
    public static WebApplication MapStudio(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(context => StudioCulture.AppliesTo(context.Request.Path), branch => branch.UseRequestLocalization(StudioCulture.Options()));
        app.UseAntiforgery();
        app.MapStudioCultureSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
