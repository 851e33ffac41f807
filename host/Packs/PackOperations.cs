using System.Security.Claims;
using System.Text.Json.Nodes;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using FormsEngine.Packs;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs;

/// <summary>
/// Every rule-pack action with its role and tenancy checks, shared by the API and the studio: street admins import and
/// publish; street admins set the street's (or a community's) parameters, community admins their own community's;
/// community admins accept an offered upgrade. Reads go through the caller's tenant filters.
/// </summary>
internal sealed partial class PackOperations(
    FormsEngineDbContext db,
    TenantScope scope,
    PackCatalog catalog,
    PackImporter importer,
    PackPublisher publisher,
    PackSettings settings,
    PackUpgradePreview preview)
{
    public const long MaxZipBytes = 20 * 1024 * 1024;

    public async Task<IReadOnlyList<PackSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var versions = await db.PackVersions.AsNoTracking().Select(v => new { v.PackId, v.Version, v.ContentHash, v.ImportedAt, v.ImportedBy })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var publications = await db.PackPublications.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var communities = await db.Tenants.AsNoTracking().Where(t => t.Kind == TenantKind.Community && (scope.CommunityId == null || t.Id == scope.CommunityId))
            .OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var packs = new List<PackSummary>();
        foreach (var group in versions.GroupBy(v => v.PackId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group.OrderByDescending(v => PackVersion.TryParse(v.Version)).ToList();
            if (catalog.Find(group.Key, ordered[0].Version) is not { } latest)
            {
                continue;
            }

            var manifest = latest.Manifest;
            packs.Add(new PackSummary(manifest.Id, manifest.Name.Zh, manifest.Name.En, manifest.Description.Zh, manifest.PublisherName,
                manifest.Campaign is { } c ? $"{c.Start:yyyy-MM-dd} – {c.End:yyyy-MM-dd}" : null,
                [.. ordered.Select(v => new PackVersionSummary(v.Version, v.ContentHash, DateTimeOffset.FromUnixTimeMilliseconds(v.ImportedAt), v.ImportedBy,
                    catalog.Find(group.Key, v.Version)?.Forms.Keys.Order(StringComparer.Ordinal).ToList() ?? [], catalog.Find(group.Key, v.Version)?.Cases.Count ?? 0))],
                [.. communities.Select(t => publications.Find(p => p.PackId == group.Key && p.CommunityId == t.Id) is { } p
                    ? new PackCommunityState(t.Id, t.Name, p.Version, p.OfferedVersion, p.StayUntil is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null)
                    : new PackCommunityState(t.Id, t.Name, null, null, null))]));
        }

        return packs;
    }

    public async Task<PackOutcome<PackImportResult>> ImportAsync(ClaimsPrincipal user, Stream zip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(StaffRoles.StreetAdmin) || scope.StreetId is not { } street)
        {
            return PackOutcome<PackImportResult>.Forbidden("只有街道管理员可以导入规则包", "only a street admin may import rule packs");
        }

        var result = await importer.ImportAsync(PackLoader.LoadZip(zip), street, user.UserName(), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PackOutcome<PackImportResult>.Invalid($"规则包未通过检查，有 {result.Problems.Count(p => p.IsError)} 个问题，未保存任何内容",
                $"the pack was refused with {result.Problems.Count(p => p.IsError)} problem(s); nothing was stored",
                [.. result.Problems.Select(p => p.Diagnostic with { Path = $"{p.File} {p.Diagnostic.Path}".Trim() })]);
        }

        var pack = result.Pack!;
        return result.AlreadyImported
            ? PackOutcome<PackImportResult>.Done(result, $"{pack.Manifest.Id} {pack.Manifest.Version} 已导入过（内容相同）", $"{pack.Manifest.Id} {pack.Manifest.Version} was already imported (same content)")
            : PackOutcome<PackImportResult>.Done(result, $"已导入 {pack.Manifest.Id} {pack.Manifest.Version}，内容哈希 {pack.ContentHash}", $"imported {pack.Manifest.Id} {pack.Manifest.Version}, content hash {pack.ContentHash}");
    }

    public async Task<PackOutcome<IReadOnlyList<string>>> PublishAsync(ClaimsPrincipal user, string packId, string version, IReadOnlyList<string> communities, DateOnly? stayUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(StaffRoles.StreetAdmin) || scope.StreetId is not { } street)
        {
            return PackOutcome<IReadOnlyList<string>>.Forbidden("只有街道管理员可以发布规则包", "only a street admin may publish rule packs");
        }

        DateTimeOffset? deadline = stayUntil is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)) : null;
        var (reached, zh, en) = await publisher.PublishAsync(street, packId, version, communities, deadline, user.UserName(), cancellationToken).ConfigureAwait(false);
        return zh is null
            ? PackOutcome<IReadOnlyList<string>>.Done(reached, $"已发布 {packId} {version} 到 {reached.Count} 个社区", $"published {packId} {version} to {reached.Count} communities")
            : PackOutcome<IReadOnlyList<string>>.NotFound(zh, en!);
    }

    public async Task<PackOutcome<PackSettingsView>> SettingsAsync(ClaimsPrincipal user, string packId, string? communityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await LevelAsync(user, packId, communityId, cancellationToken).ConfigureAwait(false) is not { } level)
        {
            return PackOutcome<PackSettingsView>.NotFound($"找不到规则包“{packId}”或该社区", $"there is no pack '{packId}' for that community");
        }

        var (pack, street, community) = level;
        var configuration = await settings.EffectiveAsync(pack, street, community, cancellationToken).ConfigureAwait(false);
        var (streetLevel, communityLevel) = await settings.LevelsAsync(packId, street, community, cancellationToken).ConfigureAwait(false);
        var own = (community is null ? streetLevel : communityLevel) ?? [];
        return PackOutcome<PackSettingsView>.Done(new PackSettingsView(pack, community, configuration, own, MayEdit(user, community)));
    }

    public async Task<PackOutcome<PackSettingsView>> SaveSettingsAsync(ClaimsPrincipal user, string packId, string? communityId, JsonObject changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(changes);
        if (await LevelAsync(user, packId, communityId, cancellationToken).ConfigureAwait(false) is not { } level)
        {
            return PackOutcome<PackSettingsView>.NotFound($"找不到规则包“{packId}”或该社区", $"there is no pack '{packId}' for that community");
        }

        var (pack, street, community) = level;
        if (!MayEdit(user, community))
        {
            return PackOutcome<PackSettingsView>.Forbidden("您的岗位不能修改这一级的参数", "your role may not change the parameters at this level");
        }

        var problems = await settings.SaveAsync(pack, street, community, changes, user.UserName(), cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return PackOutcome<PackSettingsView>.Invalid("参数未保存：请按提示修改", "the parameters were not saved: correct the values shown", problems);
        }

        var affected = await db.PackPublications.Where(p => p.PackId == packId && (community == null || p.CommunityId == community)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var publication in affected)
        {
            await publisher.RefreshPartsAsync(publication, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var view = await SettingsAsync(user, packId, community, cancellationToken).ConfigureAwait(false);
        return PackOutcome<PackSettingsView>.Done(view.Value!, "参数已保存，新提交即按新参数办理", "saved; new submissions use the new values");
    }

    public async Task<PackOutcome<PackUpgradeReport>> UpgradePreviewAsync(ClaimsPrincipal user, string packId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(StaffRoles.CommunityAdmin) && !user.IsInRole(StaffRoles.CommunityStaff))
        {
            return PackOutcome<PackUpgradeReport>.Forbidden("只有社区管理员和工作人员可以查看升级影响", "only community admins and staff may view an upgrade's impact");
        }

        var publication = await OwnPublicationAsync(packId, cancellationToken).ConfigureAwait(false);
        return publication is not null && await preview.ForAsync(publication, user.UserName(), cancellationToken).ConfigureAwait(false) is { } report
            ? PackOutcome<PackUpgradeReport>.Done(report)
            : PackOutcome<PackUpgradeReport>.NotFound("本社区没有待升级的版本", "no upgrade is offered to this community");
    }

    public async Task<PackOutcome<string>> UpgradeAsync(ClaimsPrincipal user, string packId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(StaffRoles.CommunityAdmin))
        {
            return PackOutcome<string>.Forbidden("只有社区管理员可以升级规则包", "only a community admin may upgrade a rule pack");
        }

        var publication = await OwnPublicationAsync(packId, cancellationToken).ConfigureAwait(false);
        if (publication?.OfferedVersion is not { } offered || !await publisher.UpgradeAsync(publication, user.UserName(), cancellationToken).ConfigureAwait(false))
        {
            return PackOutcome<string>.NotFound("本社区没有待升级的版本", "no upgrade is offered to this community");
        }

        return PackOutcome<string>.Done(offered, $"已升级到 {offered}：新提交按新版本办理，办理中的流程不受影响", $"upgraded to {offered}: new submissions use it; running workflows keep their version");
    }

    private Task<PackPublicationRow?> OwnPublicationAsync(string packId, CancellationToken cancellationToken) =>
        scope.CommunityId is { } community
            ? db.PackPublications.FirstOrDefaultAsync(p => p.PackId == packId && p.CommunityId == community, cancellationToken)
            : Task.FromResult<PackPublicationRow?>(null);

    private static bool MayEdit(ClaimsPrincipal user, string? community) =>
        user.IsInRole(StaffRoles.StreetAdmin) || (community is not null && user.IsInRole(StaffRoles.CommunityAdmin));
}
