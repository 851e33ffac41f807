using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Studio.Library;

/// <summary>
/// The community's drafts (<c>studio_drafts</c>): one per kind and document, replaced on each save. Reads and writes
/// go through the tenant filter, so a community sees only its own drafts; a street-wide scope has no drafts of its own.
/// Resolve it from the scope a <see cref="StudioCalls"/> call opened.
/// </summary>
internal sealed class StudioDrafts(FormsEngineDbContext db, TenantScope scope, TimeProvider clock)
{
    /// <summary>The largest draft kept (the form loader's own ceiling is 2 MB).</summary>
    public const int MaxJsonChars = 2 * 1024 * 1024;

    /// <summary>The draft of the scope's community; in a street-wide scope, the latest draft any of its communities saved.</summary>
    public async Task<StudioDraftRow?> FindAsync(string kind, string documentId, CancellationToken cancellationToken) =>
        await db.StudioDrafts.AsNoTracking().OrderByDescending(d => d.UpdatedAt).FirstOrDefaultAsync(d => d.Kind == kind && d.DocumentId == documentId, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StudioDraftRow>> ListAsync(string kind, CancellationToken cancellationToken) =>
        await db.StudioDrafts.AsNoTracking().Where(d => d.Kind == kind).OrderBy(d => d.DocumentId).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Saves (or replaces) the draft; false when the scope is not one community or the JSON is too large.</summary>
    public async Task<bool> SaveAsync(string kind, string documentId, string json, string user, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(json);
        if (scope.StreetId is not { } street || scope.CommunityId is not { } community || json.Length > MaxJsonChars)
        {
            return false;
        }

        var row = await db.StudioDrafts.FirstOrDefaultAsync(d => d.Kind == kind && d.DocumentId == documentId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new StudioDraftRow { StreetId = street, CommunityId = community, Kind = kind, DocumentId = documentId, Json = json, UpdatedBy = user };
            db.StudioDrafts.Add(row);
        }

        row.Json = json;
        row.UpdatedBy = user;
        row.UpdatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task DeleteAsync(string kind, string documentId, CancellationToken cancellationToken) =>
        await db.StudioDrafts.Where(d => d.Kind == kind && d.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
}
