using FormsEngine.Designer.Operations;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;

namespace FormsEngine.Host.Studio;

/// <summary>The submissions grid's filter and sort as a query; tenancy comes from the context's query filters.</summary>
internal static class StudioSubmissionFilter
{
    public static IQueryable<SubmissionRow> Apply(IQueryable<SubmissionRow> rows, SubmissionQuery query)
    {
        if (!string.IsNullOrEmpty(query.FormId))
        {
            rows = rows.Where(s => s.FormId == query.FormId);
        }

        if (!string.IsNullOrEmpty(query.Outcome))
        {
            rows = rows.Where(s => s.Outcome == query.Outcome);
        }

        if (query.From is { } from)
        {
            var ms = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUnixTimeMilliseconds();
            rows = rows.Where(s => s.SubmittedAt >= ms);
        }

        if (query.To is { } to)
        {
            var ms = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUnixTimeMilliseconds();
            rows = rows.Where(s => s.SubmittedAt < ms);
        }

        return rows;
    }

    public static IQueryable<SubmissionRow> Sort(IQueryable<SubmissionRow> rows, SubmissionQuery query) => (query.SortBy, query.Descending) switch
    {
        (SubmissionSort.Reference, false) => rows.OrderBy(s => s.Reference),
        (SubmissionSort.Reference, true) => rows.OrderByDescending(s => s.Reference),
        (SubmissionSort.Form, false) => rows.OrderBy(s => s.FormId).ThenByDescending(s => s.SubmittedAt),
        (SubmissionSort.Form, true) => rows.OrderByDescending(s => s.FormId).ThenByDescending(s => s.SubmittedAt),
        (SubmissionSort.Grid, false) => rows.OrderBy(s => s.GridId).ThenByDescending(s => s.SubmittedAt),
        (SubmissionSort.Grid, true) => rows.OrderByDescending(s => s.GridId).ThenByDescending(s => s.SubmittedAt),
        (SubmissionSort.Outcome, false) => rows.OrderBy(s => s.Outcome).ThenByDescending(s => s.SubmittedAt),
        (SubmissionSort.Outcome, true) => rows.OrderByDescending(s => s.Outcome).ThenByDescending(s => s.SubmittedAt),
        (_, false) => rows.OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id),
        _ => rows.OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id),
    };
}
