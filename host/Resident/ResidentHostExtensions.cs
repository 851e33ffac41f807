using FormsEngine.Host.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace FormsEngine.Host.Resident;

/// <summary>The resident side: pages, assets, QR codes and posters, rate limiting and request size limits.</summary>
internal static class ResidentHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineResident(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(FormsEngineHostOptions.SectionName).Get<FormsEngineHostOptions>() ?? new FormsEngineHostOptions();
        builder.Services.AddScoped<ResidentTargets>();
        builder.Services.AddSingleton<ResidentScripts>();
        builder.Services.AddResidentRateLimiting();
        builder.Services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = settings.MaxResidentPostBytes;
            o.ValueCountLimit = 2000;
            o.ValueLengthLimit = 64 * 1024;
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxResidentPostBytes);
        return builder;
    }

    public static WebApplication MapFormsEngineResident(this WebApplication app)
    {
        app.MapResidentEndpoints();
        app.MapResidentAssetEndpoints();
        app.MapPrintingEndpoints();
        return app;
    }
}
