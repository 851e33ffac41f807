using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Seeding;
using FormsEngine.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Packs;

/// <summary>
/// The packs under <c>rulepacks/packs</c> are the demo street office's: each version not yet stored is imported (with
/// every check, golden cases included) and published to every community the seed manages. A pack that fails is
/// logged and skipped; it never stops the host.
/// </summary>
internal sealed partial class PackDemoSeeder(
    FormsEngineDbContext db,
    PackImporter importer,
    PackPublisher publisher,
    FormCatalog forms,
    IOptions<FormsEngineHostOptions> options,
    ILogger<PackDemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var folder = forms.RootPath is null ? null : Path.Combine(forms.RootPath, "packs");
        if (!options.Value.SeedPacks || folder is null || !Directory.Exists(folder)
            || !await db.Tenants.AnyAsync(t => t.Id == DemoTenants.Street, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var result = await importer.ImportAsync(PackLoader.Load(directory), DemoTenants.Street, DemoSeeder.SeedActor, cancellationToken).ConfigureAwait(false);
            if (result.Pack is not { } pack)
            {
                LogRefused(Path.GetFileName(directory), string.Join("; ", result.Problems.Where(p => p.IsError)));
                continue;
            }

            var id = pack.Manifest.Id;
            var version = pack.Manifest.Version.ToString();
            var seeded = await db.PackPublications.Where(p => p.PackId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var communities = new[] { DemoTenants.East, DemoTenants.West }
                .Where(c => seeded.Find(p => p.CommunityId == c) is not { } p || (p.PublishedBy == DemoSeeder.SeedActor && p.Version != version && p.OfferedVersion is null))
                .ToList();
            if (communities.Count > 0)
            {
                await publisher.PublishAsync(DemoTenants.Street, id, version, communities, stayUntil: null, DemoSeeder.SeedActor, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Rule pack {Folder} was not imported: {Problems}")]
    private partial void LogRefused(string folder, string problems);
}
