using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace FormsEngine.Host.PersonalData;

/// <summary>
/// Data Protection with its key ring in the database (<c>data_protection_keys</c>, shared by every node; optionally
/// encrypted with a certificate), the vault, the keyed hasher and the retention purge. Keys of the old
/// <c>{DataPath}/keys</c> folder are imported on start (<see cref="LegacyKeyImport"/>).
/// </summary>
internal static class PersonalDataHostExtensions
{
    public static WebApplicationBuilder AddFormsEngineProtection(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(FormsEngineHostOptions.SectionName).Get<FormsEngineHostOptions>() ?? new FormsEngineHostOptions();
        builder.Services.AddDataProtection()
            .SetApplicationName("FormsEngine")
            .PersistKeysToDbContext<FormsEngineDbContext>()
            .ProtectKeysWith(settings);
        builder.Services.AddSingleton<PersonalDataVault>();
        builder.Services.AddSingleton<KeyedHasher>();
        builder.Services.AddHostedService<RetentionPurgeService>();
        return builder;
    }
}
