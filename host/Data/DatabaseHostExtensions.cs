using FormsEngine.Host.Hosting;
using FormsEngine.Host.Tenancy;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Data;

/// <summary>The host's database: EF Core on the SQLite file under the data folder, one context per request.</summary>
internal static class DatabaseHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TenantScope>();
        builder.Services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IOptions<FormsEngineHostOptions>>().Value));
        builder.Services.AddDbContext<FormsEngineDbContext>((sp, options) => sp.GetRequiredService<DatabaseSettings>().Configure(options));

        // Runs before the workflow services start (registration order is start order): the schema exists first.
        builder.Services.AddHostedService<DatabaseStartupService>();
        return builder;
    }
}
