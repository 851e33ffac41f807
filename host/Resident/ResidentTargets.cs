using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Resident;

/// <summary>
/// Resolves a resident URL. Residents are anonymous, so this is the one place that looks a publication up across
/// tenants (<c>IgnoreQueryFilters</c>); having found it, it narrows the request's <see cref="TenantScope"/> to that
/// community, so everything after it — the building, the submission — stays inside the community.
/// </summary>
internal sealed class ResidentTargets(FormsEngineDbContext db, TenantScope scope, PublishedForms forms)
{
    public async Task<ResidentTarget?> FindAsync(string community, string form, string? building, CancellationToken cancellationToken)
    {
        if (community.Length > 64 || form.Length > 100)
        {
            return null;
        }

        var publication = await db.Publications.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(p => p.CommunityId == community && p.FormId == form, cancellationToken).ConfigureAwait(false);
        if (publication is null)
        {
            return null;
        }

        scope.SetCommunity(publication.StreetId, publication.CommunityId);
        var tenants = await db.Tenants.AsNoTracking()
            .Where(t => t.Id == publication.CommunityId || t.Id == publication.StreetId || (building != null && t.Id == building))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var compiled = await forms.FindAsync(publication.FormId, publication.FormVersion, cancellationToken).ConfigureAwait(false);
        var communityRow = tenants.Find(t => t.Id == publication.CommunityId);
        var streetRow = tenants.Find(t => t.Id == publication.StreetId);
        if (compiled is null || communityRow is null || streetRow is null)
        {
            return null;
        }

        // A building code from another community (or a typo) is ignored, not trusted.
        var buildingRow = tenants.Find(t => t.Id == building && t.Kind == TenantKind.Building && t.CommunityId == publication.CommunityId);
        return new ResidentTarget(publication, communityRow, streetRow, compiled, buildingRow);
    }
}
