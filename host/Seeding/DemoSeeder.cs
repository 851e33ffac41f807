using FormsEngine.Host.Accounts;
using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Seeding;

/// <summary>
/// First start: the demo street office (<see cref="DemoTenants"/>), one account per role, and every form of
/// <c>rulepacks/forms</c> published to both communities. Every start: a form file with a new version number is saved
/// as a new version, and publications the seed made move to it (publications staff made are theirs to move).
/// </summary>
internal sealed partial class DemoSeeder(
    FormsEngineDbContext db,
    AdminBootstrap accounts,
    FormCatalog catalog,
    TimeProvider clock,
    IOptions<FormsEngineHostOptions> options,
    ILogger<DemoSeeder> logger)
{
    public const string SeedActor = "system:seed";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await accounts.EnsureRolesAsync().ConfigureAwait(false);
        var firstStart = !await db.Tenants.IgnoreQueryFilters().AnyAsync(cancellationToken).ConfigureAwait(false);
        if (firstStart && options.Value.SeedDemo)
        {
            db.Tenants.AddRange(DemoTenants.All);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await accounts.CreateAsync(DemoAccounts()).ConfigureAwait(false);
            LogSeeded(DemoTenants.All.Count);
        }

        if (await db.Tenants.IgnoreQueryFilters().AnyAsync(t => t.Id == DemoTenants.Street, cancellationToken).ConfigureAwait(false))
        {
            await SyncFormsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<(StaffUser, string, bool)> DemoAccounts()
    {
        yield return (new StaffUser { UserName = AdminBootstrap.AdminUserName, DisplayName = "新华街道管理员", StreetId = DemoTenants.Street }, StaffRoles.StreetAdmin, true);
        foreach (var (userName, displayName, role, community, grid) in DemoTenants.Staff)
        {
            yield return (new StaffUser { UserName = userName, DisplayName = displayName, StreetId = DemoTenants.Street, CommunityId = community, GridId = grid }, role, false);
        }
    }

    private async Task SyncFormsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var stored = await db.FormVersions.IgnoreQueryFilters().Select(f => new { f.FormId, f.Version }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var publications = await db.Publications.IgnoreQueryFilters().Where(p => p.StreetId == DemoTenants.Street).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var form in catalog.All)
        {
            if (!stored.Exists(s => s.FormId == form.Id && s.Version == form.Version))
            {
                if (stored.Exists(s => s.FormId == form.Id && s.Version > form.Version))
                {
                    continue;
                }

                db.FormVersions.Add(new FormVersionRow
                {
                    FormId = form.Id,
                    Version = form.Version,
                    Json = form.ToJson(),
                    StreetId = DemoTenants.Street,
                    ChangeNote = "rulepacks/forms",
                    CreatedAt = now,
                    CreatedBy = SeedActor,
                });
            }

            foreach (var community in new[] { DemoTenants.East, DemoTenants.West })
            {
                var publication = publications.Find(p => p.CommunityId == community && p.FormId == form.Id);
                if (publication is null)
                {
                    db.Publications.Add(new PublicationRow
                    {
                        StreetId = DemoTenants.Street,
                        CommunityId = community,
                        FormId = form.Id,
                        FormVersion = form.Version,
                        PublishedAt = now,
                        PublishedBy = SeedActor,
                        RetentionDays = form.RetentionDays ?? options.Value.DefaultRetentionDays,
                    });
                }
                else if (publication.PublishedBy == SeedActor && publication.FormVersion < form.Version)
                {
                    publication.FormVersion = form.Version;
                    publication.PublishedAt = now;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo street office ({Count} tenants)")]
    private partial void LogSeeded(int count);
}
