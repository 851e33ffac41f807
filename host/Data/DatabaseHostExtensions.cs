using FormsEngine.Host.Hosting;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Workflows;
using FormsEngine.Storage;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Data;

/// <summary>The host's database: EF Core on the SQLite file under the data folder, one context per request.</summary>
internal static class DatabaseHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TenantScope>();
        builder.Services.AddDbContext<FormsEngineDbContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<IOptions<FormsEngineHostOptions>>().Value;
            SqliteDatabase.Configure(options, DataFolder.DatabasePath(settings));
        });

        // Runs before the workflow services start (registration order is start order): the schema exists first.
        builder.Services.AddHostedService<DatabaseStartupService>();
        return builder;
    }
}
