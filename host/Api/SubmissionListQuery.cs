using System.Globalization;
using FormsEngine.Forms.PersonalData;
using FormsEngine.Host.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormsEngine.Host.Api;

/// <summary>The query string of the submissions list and export.</summary>
internal sealed class SubmissionListQuery
{
    public string? Form { get; init; }

    public string? Community { get; init; }

    public string? Grid { get; init; }

    public string? Outcome { get; init; }

    public string? Reference { get; init; }

    public string? IdNumber { get; init; }

    public string? Mobile { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public bool? Unmasked { get; init; }

    internal int PageNumber => Page ?? 1;

    internal int Size => PageSize ?? 50;

    internal ProblemHttpResult? Validate()
    {
        if (Page is < 1 or > 1_000_000)
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "query.page", "page 应为 1 到 1000000 之间的整数", "page must be between 1 and 1000000",
                [FormsEngine.Diagnostics.Diagnostic.Error("query.page", "page", "页码无效", "invalid page")]);
        }

        if (PageSize is < 1 or > SubmissionQueries.MaxPageSize)
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "query.pageSize", $"pageSize 应为 1 到 {SubmissionQueries.MaxPageSize} 之间的整数",
                $"pageSize must be between 1 and {SubmissionQueries.MaxPageSize}", [FormsEngine.Diagnostics.Diagnostic.Error("query.pageSize", "pageSize", "每页条数无效", "invalid page size")]);
        }

        if (Outcome is not null and not ("eligible" or "ineligible"))
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "query.outcome", "outcome 只能是 eligible 或 ineligible", "outcome must be eligible or ineligible",
                [FormsEngine.Diagnostics.Diagnostic.Error("query.outcome", "outcome", "结果筛选无效", "invalid outcome")]);
        }

        return null;
    }

    /// <summary>
    /// The filter as the audit log keeps it: every parameter that was set, with the ID number and phone masked, so the
    /// audit trail never holds in clear what the export was searched for.
    /// </summary>
    internal string AuditText()
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={value}"));
            }
        }

        Add("form", Form);
        Add("community", Community);
        Add("grid", Grid);
        Add("outcome", Outcome);
        Add("reference", Reference);
        Add("idNumber", IdNumber is null ? null : TextMasks.IdNumber(IdNumber));
        Add("mobile", Mobile is null ? null : TextMasks.Mobile(Mobile));
        Add("from", From?.ToString("O", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("O", CultureInfo.InvariantCulture));
        Add("unmasked", Unmasked);
        return string.Join('&', parts);
    }

    internal SubmissionFilter ToFilter() => new()
    {
        FormId = Form,
        CommunityId = Community,
        GridId = Grid,
        Outcome = Outcome,
        Reference = Reference,
        IdNumber = IdNumber,
        Mobile = Mobile,
        From = From,
        To = To,
    };
}
