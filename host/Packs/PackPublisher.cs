using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Tenancy;
using FormsEngine.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Packs;

/// <summary>
/// Puts pack versions in front of residents: a community's pack publication names the version it runs, and each of
/// the version's forms is published to the community at that version's form version, open during the campaign, and
/// only while its optional part is on. A newer version either applies at once or is offered until a deadline; moving
/// changes new submissions only (old submissions and running workflows keep their versions).
/// </summary>
internal sealed class PackPublisher(FormsEngineDbContext db, PackCatalog catalog, PackSettings settings, AuditLog audit, TimeProvider clock, IOptions<FormsEngineHostOptions> options)
{
    /// <summary>Publishes <paramref name="version"/> to the street's communities (all when <paramref name="communityIds"/> is empty). Returns the communities reached, or an error text.</summary>
    public async Task<(IReadOnlyList<string> Communities, string? ErrorZh, string? ErrorEn)> PublishAsync(string streetId, string packId, string version,
        IReadOnlyList<string> communityIds, DateTimeOffset? stayUntil, string actor, CancellationToken cancellationToken)
    {
        if (catalog.Find(packId, version) is not { } pack || !await db.PackVersions.AnyAsync(p => p.PackId == packId && p.Version == version && p.StreetId == streetId, cancellationToken).ConfigureAwait(false))
        {
            return ([], $"本街道没有导入规则包 {packId} {version}", $"this street office has not imported pack {packId} {version}");
        }

        var communities = await db.Tenants.Where(t => t.Kind == TenantKind.Community && t.StreetId == streetId).Select(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var unknown = communityIds.Except(communities).ToList();
        if (unknown.Count > 0)
        {
            return ([], $"不是本街道的社区：{string.Join("、", unknown)}", $"not communities of this street office: {string.Join(", ", unknown)}");
        }

        var targets = communityIds.Count == 0 ? communities : [.. communityIds];
        var existing = await db.PackPublications.Where(p => p.PackId == packId && targets.Contains(p.CommunityId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var community in targets)
        {
            var publication = existing.Find(p => p.CommunityId == community);
            if (publication is null)
            {
                publication = new PackPublicationRow { StreetId = streetId, CommunityId = community, PackId = packId, Version = version, PublishedBy = actor };
                db.PackPublications.Add(publication);
                await ApplyAsync(publication, pack, actor, cancellationToken).ConfigureAwait(false);
            }
            else if (stayUntil is { } deadline && PackVersion.TryParse(publication.Version) is { } current && current < pack.Manifest.Version)
            {
                publication.OfferedVersion = version;
                publication.StayUntil = deadline.ToUnixTimeMilliseconds();
                audit.Add(actor, "pack.offer", $"{packId}@{version}", streetId, community, $"stayUntil={deadline:O}");
            }
            else if (publication.Version != version)
            {
                await ApplyAsync(publication, pack, actor, cancellationToken).ConfigureAwait(false);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (targets, null, null);
    }

    /// <summary>Moves a community to its offered version now (or returns false when none is offered).</summary>
    public async Task<bool> UpgradeAsync(PackPublicationRow publication, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (publication.OfferedVersion is not { } offered || catalog.Find(publication.PackId, offered) is not { } pack)
        {
            return false;
        }

        await ApplyAsync(publication, pack, actor, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Moves every community whose stay-until deadline has passed (system scope). Returns how many moved.</summary>
    public async Task<int> ApplyDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var due = await db.PackPublications.Where(p => p.OfferedVersion != null && p.StayUntil <= now).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var publication in due)
        {
            if (catalog.Find(publication.PackId, publication.OfferedVersion!) is { } pack)
            {
                await ApplyAsync(publication, pack, "system:deadline", cancellationToken).ConfigureAwait(false);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return due.Count;
    }

    /// <summary>Opens or closes the part forms of a community after its parts were switched (changes saved by the caller).</summary>
    public async Task RefreshPartsAsync(PackPublicationRow publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (catalog.Find(publication.PackId, publication.Version) is not { } pack)
        {
            return;
        }

        var configuration = await settings.EffectiveAsync(pack, publication.StreetId, publication.CommunityId, cancellationToken).ConfigureAwait(false);
        var forms = await db.Publications.Where(p => p.CommunityId == publication.CommunityId && p.PackId == publication.PackId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var form in forms.Where(f => pack.Forms.ContainsKey(f.FormId)))
        {
            form.Active = IsOn(pack, configuration, form.FormId);
        }
    }

    private async Task ApplyAsync(PackPublicationRow publication, RulePack pack, string actor, CancellationToken cancellationToken)
    {
        var manifest = pack.Manifest;
        var version = manifest.Version.ToString();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var links = await db.PackForms.Where(f => f.PackId == manifest.Id && f.PackVersion == version).ToListAsync(cancellationToken).ConfigureAwait(false);
        var configuration = await settings.EffectiveAsync(pack, publication.StreetId, publication.CommunityId, cancellationToken).ConfigureAwait(false);
        var forms = await db.Publications.Where(p => p.CommunityId == publication.CommunityId && p.PackId == manifest.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var link in links)
        {
            var row = forms.Find(f => f.FormId == link.FormId);
            if (row is null)
            {
                row = new PublicationRow { StreetId = publication.StreetId, CommunityId = publication.CommunityId, FormId = link.FormId, PublishedBy = actor, PackId = manifest.Id };
                db.Publications.Add(row);
            }

            row.FormVersion = link.FormVersion;
            row.PublishedAt = now;
            row.PublishedBy = actor;
            row.OpensAt = manifest.Campaign?.OpensAt?.ToUnixTimeMilliseconds();
            row.ClosesAt = manifest.Campaign?.ClosesAt?.ToUnixTimeMilliseconds();
            row.RetentionDays = manifest.RetentionDays ?? pack.Forms[link.FormId].Form.RetentionDays ?? options.Value.DefaultRetentionDays;
            row.Active = IsOn(pack, configuration, link.FormId);
        }

        foreach (var dropped in forms.Where(f => links.TrueForAll(l => l.FormId != f.FormId)))
        {
            dropped.Active = false;
        }

        audit.Add(actor, "pack.publish", $"{manifest.Id}@{version}", publication.StreetId, publication.CommunityId, $"from={publication.Version}");
        publication.Version = version;
        publication.OfferedVersion = null;
        publication.StayUntil = null;
        publication.PublishedAt = now;
        publication.PublishedBy = actor;
    }

    private static bool IsOn(RulePack pack, PackConfiguration configuration, string formId) =>
        pack.Manifest.Parts.Where(p => p.Forms.Contains(formId, StringComparer.Ordinal)).All(p => configuration.IsPartOn(p.Id));
}
