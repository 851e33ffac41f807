using System.Security.Claims;
using FormsEngine.Host.Tenancy;
using FormsEngine.Packs;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs;

/// <summary>Which pack version and level a settings call is about.</summary>
internal sealed partial class PackOperations
{
    /// <summary>
    /// Community roles always act on their own community (the pack version it runs). A street admin acts on the street
    /// level (the newest imported version) or on one of its communities.
    /// </summary>
    private async Task<(RulePack Pack, string Street, string? Community)?> LevelAsync(ClaimsPrincipal user, string packId, string? communityId, CancellationToken cancellationToken)
    {
        if (scope.StreetId is not { } street)
        {
            return null;
        }

        var community = user.IsInRole(StaffRoles.StreetAdmin) ? communityId : scope.CommunityId;
        if (community is null)
        {
            var versions = await db.PackVersions.Where(v => v.PackId == packId).Select(v => v.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
            var newest = versions.OrderByDescending(PackVersion.TryParse).FirstOrDefault();
            return newest is not null && catalog.Find(packId, newest) is { } latest ? (latest, street, null) : null;
        }

        var publication = await db.PackPublications.AsNoTracking().FirstOrDefaultAsync(p => p.PackId == packId && p.CommunityId == community, cancellationToken).ConfigureAwait(false);
        return publication is not null && catalog.Find(packId, publication.Version) is { } pack ? (pack, street, community) : null;
    }
}
