using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Submissions;

/// <summary>
/// Reading submissions for staff. Tenancy is not checked here because it cannot be forgotten: the context's query
/// filters already confine every query to the caller's street, community or grid.
/// </summary>
internal sealed class SubmissionQueries(FormsEngineDbContext db, TenantScope scope, KeyedHasher hasher, PersonalDataVault vault)
{
    public const int MaxPageSize = 200;

    /// <summary>
    /// The list counts matches up to this many and then says "at least": an exact count reads every matching row (a
    /// filter on the outcome, for one, is not in an index), so a community's list got slower with every submission
    /// it had ever stored. Past this, staff narrow the filter or export.
    /// </summary>
    public const int MaxCounted = 10_000;

    public async Task<(int Total, bool TotalIsLowerBound, List<SubmissionRow> Items)> ListAsync(
        SubmissionFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = await FilterAsync(filter, cancellationToken).ConfigureAwait(false);
        var counted = await query.Take(MaxCounted + 1).CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (Math.Min(counted, MaxCounted), counted > MaxCounted, items);
    }

    /// <summary>Every matching submission, oldest first, streamed (for exports).</summary>
    public async IAsyncEnumerable<SubmissionRow> StreamAsync(SubmissionFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = await FilterAsync(filter, cancellationToken).ConfigureAwait(false);
        await foreach (var row in query.OrderBy(s => s.SubmittedAt).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    public Task<SubmissionRow?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>The answers in clear, or null once purged. The caller checks the role and writes the audit entry.</summary>
    public JsonObject? Open(SubmissionRow row) => row.SealedAnswers is null ? null : vault.OpenAnswers(row.SealedAnswers);

    public static JsonObject Masked(SubmissionRow row) => JsonNode.Parse(row.MaskedJson)!.AsObject();

    private async Task<IQueryable<SubmissionRow>> FilterAsync(SubmissionFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Submissions.ConfinedTo(scope);
        if (scope.GridId is { } ownGrid)
        {
            query = query.Where(s => s.GridId == ownGrid);
        }

        if (filter.FormId is { } form)
        {
            query = query.Where(s => s.FormId == form);
        }

        if (filter.CommunityId is { } community)
        {
            query = query.Where(s => s.CommunityId == community);
        }

        if (filter.GridId is { } grid)
        {
            query = query.Where(s => s.GridId == grid);
        }

        if (filter.Outcome is { } outcome)
        {
            query = query.Where(s => s.Outcome == outcome);
        }

        if (filter.Reference is { } reference)
        {
            var normalized = reference.Trim().ToUpperInvariant();
            query = query.Where(s => s.Reference == normalized);
        }

        if (filter.From is { } from)
        {
            var ms = from.ToUnixTimeMilliseconds();
            query = query.Where(s => s.SubmittedAt >= ms);
        }

        if (filter.To is { } to)
        {
            var ms = to.ToUnixTimeMilliseconds();
            query = query.Where(s => s.SubmittedAt < ms);
        }

        foreach (var (kind, value) in new[] { (PersonalValues.IdNumber, filter.IdNumber), (PersonalValues.Mobile, filter.Mobile) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                var hash = await hasher.HashAsync(kind, value, cancellationToken).ConfigureAwait(false);
                var ids = db.SubmissionHashes.Where(h => h.Kind == kind && h.Hash == hash).Select(h => h.SubmissionId);
                query = query.Where(s => ids.Contains(s.Id));
            }
        }

        return query;
    }
}
