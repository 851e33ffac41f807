using System.Xml.Linq;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Workflows;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.PersonalData;

/// <summary>
/// Copies the Data Protection keys of the old <c>{DataPath}/keys</c> folder (hosts before the key ring moved into the
/// database) into <c>data_protection_keys</c>, so data sealed and cookies issued before the upgrade still open. Runs on
/// every start right after the migrations and before the key ring is first read; a key already in the database (by its
/// file name, which is the name Data Protection gives it) is skipped, so it copies each key once. The folder is left as
/// it was, for a rollback.
/// </summary>
internal static partial class LegacyKeyImport
{
    public const string FolderName = "keys";

    /// <summary>The old key folder of a data folder.</summary>
    public static string Folder(FormsEngineHostOptions options) =>
        Path.Combine(DataFolder.Resolve(options), FolderName);

    /// <summary>Imports the keys not yet in the database; returns how many were copied.</summary>
    public static async Task<int> ImportAsync(FormsEngineDbContext db, string folder, ILogger logger, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var files = Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return 0;
        }

        var known = (await db.DataProtectionKeys.AsNoTracking().Select(k => k.FriendlyName).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name))
            {
                continue;
            }

            // Stored exactly as EntityFrameworkCoreXmlRepository stores a new element.
            var element = XElement.Load(file);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = element.ToString(SaveOptions.DisableFormatting) });
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogImported(logger, added, folder);
        }

        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Imported {Count} Data Protection key files from {Folder} into the database (data_protection_keys); the folder is no longer read and can be removed once every node runs this version")]
    private static partial void LogImported(ILogger logger, int count, string folder);
}
