using FormsEngine.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Studio.Library;

/// <summary>Which version of a form the scope's community gives residents today.</summary>
internal static class LiveVersions
{
    /// <summary>The version the active publication of <paramref name="formId"/> names, or null when it is not published (in scope).</summary>
    public static async Task<int?> LiveVersionAsync(this IQueryable<PublicationRow> publications, string formId, CancellationToken cancellationToken) =>
        await publications.AsNoTracking().Where(p => p.FormId == formId && p.Active).Select(p => (int?)p.FormVersion)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
}
