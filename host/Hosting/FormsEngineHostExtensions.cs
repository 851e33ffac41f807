using System.Text.Encodings.Web;
using System.Text.Unicode;
using FormsEngine.Designer.Hosting;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Api;
using FormsEngine.Host.Data;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Resident;
using FormsEngine.Host.Studio;
using FormsEngine.Host.Submissions;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Packs;
using FormsEngine.Host.Packs.Features;
using FormsEngine.Host.Packs.Ledger;
using FormsEngine.Host.Workflows;

namespace FormsEngine.Host.Hosting;

/// <summary>Service registration and the request pipeline of the host, kept out of Program.cs.</summary>
internal static class FormsEngineHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineHost(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FormsEngineHostOptions>().Bind(builder.Configuration.GetSection(FormsEngineHostOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FormCatalog>();

        // First of the hosted services (registration order is start order): the database is migrated, the old file keys
        // imported and the demo seeded before Data Protection (added by antiforgery below) reads its key ring, and
        // before workflows and sweeps start.
        builder.AddFormsEngineDatabase();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = FrameworkProblemText.Apply);
        builder.AddReverseProxySupport();
        builder.Services.AddExceptionHandler<ClientErrorHandler>();
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi("v1");
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "fe.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__RequestVerificationToken";
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Chinese text stays readable in API responses instead of \uXXXX escapes.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddHealthChecks().AddCheck<FormCatalogHealthCheck>("form-catalog");

        builder.AddFormsEngineAccounts();
        builder.AddFormsEngineProtection();
        builder.AddFormsEngineWorkflows();
        builder.AddFormsEngineRulePacks();
        builder.AddFormsEngineSubmissions();
        builder.AddFormsEngineResident();
        builder.AddFormsEngineStudio();

        // Last: its first look at the cache stamps comes after every start-up load above.
        builder.Services.AddSingleton<Caching.CacheReloader>();
        builder.Services.AddHostedService<Caching.CacheVersionPoller>();
        return builder;
    }

    public static WebApplication UseFormsEngineHost(this WebApplication app)
    {
        // The client's own address (for the resident post limit and logs) when a trusted proxy forwarded the request.
        app.UseForwardedHeaders();

        // Unhandled exceptions become a plain ProblemDetails 500 with no stack trace; client mistakes never reach it.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseTenantScope();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseSecurityHeaders();

        // Load the catalog at start-up so a broken rulepacks folder shows in the log at once, not on the first request.
        _ = app.Services.GetRequiredService<FormCatalog>();

        app.MapHealthChecks("/healthz");
        app.MapHomeEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapLoginEndpoints();
        app.MapFormsEndpoints();
        app.MapPublicationsEndpoints();
        app.MapExportEndpoints();
        app.MapSubmissionsEndpoints();
        app.MapTasksEndpoints();
        app.MapRulesEndpoints();
        app.MapAuditEndpoints();
        app.MapFormsEngineResident();
        app.MapWorkflowsEndpoints();
        app.MapPacksEndpoints();
        app.MapPassGateEndpoints();
        app.MapPointsEndpoints();
        app.MapBlazorScriptFallback();
        app.MapFormsEngineStudio();
        return app;
    }
}
