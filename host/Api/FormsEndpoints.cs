using FormsEngine.Host.Accounts;
using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Api;

/// <summary>The form library of the caller's street and community: <c>/api/v1/forms</c> (list, get, versions).</summary>
internal static class FormsEndpoints
{
    public static IEndpointRouteBuilder MapFormsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/forms").WithTags("Forms").RequireAuthorization(AccountsHostExtensions.StaffPolicy);
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/versions", Versions);
        return app;
    }

    internal static async Task<Ok<FormSummary[]>> List(FormsEngineDbContext db, PublishedForms forms, CancellationToken cancellationToken)
    {
        // Only ids and version numbers come from the database; titles come from the compiled-form cache.
        var versions = await db.FormVersions.AsNoTracking().Select(f => new { f.FormId, f.Version }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var summaries = new List<FormSummary>();
        foreach (var group in versions.GroupBy(r => r.FormId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var latest = group.Max(r => r.Version);
            var form = (await forms.FindAsync(group.Key, latest, cancellationToken).ConfigureAwait(false))?.Form;
            summaries.Add(new FormSummary(group.Key, form?.Title.Zh ?? group.Key, form?.Title.En, latest, group.Count()));
        }

        return TypedResults.Ok(summaries.ToArray());
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Get(string id, int? version, FormsEngineDbContext db, CancellationToken cancellationToken)
    {
        var query = db.FormVersions.AsNoTracking().Where(f => f.FormId == id);
        var row = version is { } v
            ? await query.FirstOrDefaultAsync(f => f.Version == v, cancellationToken).ConfigureAwait(false)
            : await query.OrderByDescending(f => f.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? NotFound(id) : TypedResults.Content(row.Json, "application/json; charset=utf-8");
    }

    internal static async Task<Results<Ok<FormVersionInfo[]>, ProblemHttpResult>> Versions(string id, FormsEngineDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.FormVersions.AsNoTracking().Where(f => f.FormId == id).OrderByDescending(f => f.Version)
            .Select(f => new { f.FormId, f.Version, f.CreatedAt, f.CreatedBy, f.ChangeNote }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count == 0
            ? NotFound(id)
            : TypedResults.Ok(rows.Select(r => new FormVersionInfo(r.FormId, r.Version, DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAt), r.CreatedBy, r.ChangeNote)).ToArray());
    }

    private static ProblemHttpResult NotFound(string id) => BilingualProblem.Create(
        StatusCodes.Status404NotFound,
        "form.notFound",
        $"找不到表单“{id}”，请检查链接是否完整",
        $"there is no form '{id}'; check that the link is complete");
}
