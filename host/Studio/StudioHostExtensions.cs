using FormsEngine.Designer.Operations;
using FormsEngine.Designer.Studio;
using FormsEngine.Host.Studio.Library;

namespace FormsEngine.Host.Studio;

/// <summary>
/// Hosts the designer's staff studio at <c>/studio</c>: its components and Radzen, the host's implementation of its
/// seam (<see cref="StudioOperations"/>, one per circuit), and Radzen's static files (<c>_content/Radzen.Blazor/…</c>).
/// </summary>
internal static class StudioHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineStudio(this WebApplicationBuilder builder)
    {
        // Radzen's theme, script and icon font are static web assets of a package. A published host has them under
        // wwwroot/_content/; a host started from its build output (`dotnet run`, tests) finds them only through the
        // build's runtime manifest, which ASP.NET Core reads by itself in Development alone. Read it in every
        // environment: where the manifest is absent (a publish folder) this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddStudioComponents();
        builder.Services.AddScoped<StudioCalls>();
        builder.Services.AddScoped<StudioDrafts>();
        builder.Services.AddScoped<FormPublisher>();
        builder.Services.AddScoped<IFormStudioOperations, FormStudioOperations>();
        builder.Services.AddScoped<IStudioOperations, StudioOperations>();
        builder.Services.AddScoped<IRuleStudioOperations, Rules.RuleStudioOperations>();
        builder.Services.AddScoped<IWorkflowStudioOperations, Workflows.WorkflowStudioOperations>();
        builder.Services.AddScoped<IPackStudioOperations, Packs.PackStudioOperations>();
        return builder;
    }

    public static WebApplication MapFormsEngineStudio(this WebApplication app)
    {
        // Serves the static web assets listed in FormsEngine.Host.staticwebassets.endpoints.json (Radzen's files under
        // _content/Radzen.Blazor/) with ETags and caching, from the files UseStaticWebAssets or publishing made visible.
        app.MapStaticAssets();
        app.MapStudio();
        return app;
    }
}
