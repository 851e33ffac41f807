using FormsEngine.Host.Hosting;
using FormsEngine.Host.Workflows;
using Microsoft.AspNetCore.DataProtection;

namespace FormsEngine.Host.PersonalData;

/// <summary>Data Protection keys under <c>{DataPath}/keys</c>, the vault, the keyed hasher and the retention purge.</summary>
internal static class PersonalDataHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineProtection(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(FormsEngineHostOptions.SectionName).Get<FormsEngineHostOptions>() ?? new FormsEngineHostOptions();
        var keys = Path.Combine(Path.GetDirectoryName(DataFolder.DatabasePath(settings))!, "keys");
        builder.Services.AddDataProtection()
            .SetApplicationName("FormsEngine")
            .PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.Services.AddSingleton<PersonalDataVault>();
        builder.Services.AddSingleton<KeyedHasher>();
        builder.Services.AddHostedService<RetentionPurgeService>();
        return builder;
    }
}
