using System.Runtime.CompilerServices;
using System.Security.Claims;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Exports;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Api;

/// <summary>
/// <c>GET /api/v1/submissions/export.xlsx</c> and <c>.csv</c>: one form's submissions within the caller's tenant,
/// headed by the field labels, streamed. Masked unless <c>unmasked=true</c> and the caller is a community admin;
/// every export is audited with its filter and row count bound.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/submissions").WithTags("Submissions").RequireAuthorization(AccountsHostExtensions.StaffPolicy);
        group.MapGet("/export.xlsx", (HttpContext c, [AsParameters] SubmissionListQuery q, ClaimsPrincipal u, FormsEngineDbContext db, PublishedForms f, SubmissionQueries s, AuditLog a, TimeProvider t) =>
            ExportAsync("xlsx", c, q, u, db, f, s, a, t));
        group.MapGet("/export.csv", (HttpContext c, [AsParameters] SubmissionListQuery q, ClaimsPrincipal u, FormsEngineDbContext db, PublishedForms f, SubmissionQueries s, AuditLog a, TimeProvider t) =>
            ExportAsync("csv", c, q, u, db, f, s, a, t));
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, HttpContext context, SubmissionListQuery query, ClaimsPrincipal user,
        FormsEngineDbContext db, PublishedForms forms, SubmissionQueries submissions, AuditLog audit, TimeProvider clock)
    {
        var cancellationToken = context.RequestAborted;
        if (query.Validate() is { } problem)
        {
            return problem;
        }

        if (query.Form is not { Length: > 0 } formId)
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "export.form", "请指定要导出的表单（form）", "choose the form to export (form=…)",
                [FormsEngine.Diagnostics.Diagnostic.Error("export.form", "form", "缺少表单", "form is missing")]);
        }

        var unmasked = query.Unmasked == true;
        if (unmasked && !PersonalDataPolicy.MayList(user))
        {
            return BilingualProblem.Create(StatusCodes.Status403Forbidden, "personalData.forbidden", "只有社区管理员可以导出未打码的个人信息", "only a community admin may export personal data unmasked");
        }

        // The columns come from the newest version the caller's tenant publishes (or keeps in its library).
        var version = await db.Publications.AsNoTracking().Where(p => p.FormId == formId).MaxAsync(p => (int?)p.FormVersion, cancellationToken).ConfigureAwait(false)
            ?? await db.FormVersions.AsNoTracking().Where(f => f.FormId == formId).MaxAsync(f => (int?)f.Version, cancellationToken).ConfigureAwait(false);
        var form = version is null ? null : (await forms.FindAsync(formId, version.Value, cancellationToken).ConfigureAwait(false))?.Form;
        if (form is null)
        {
            return BilingualProblem.Create(StatusCodes.Status404NotFound, "form.notFound", $"找不到表单“{formId}”", $"there is no form '{formId}'");
        }

        var names = await db.Tenants.AsNoTracking().Where(t => t.Kind == Tenancy.TenantKind.Community).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var (street, community) = (user.FindFirst(StaffClaims.Street)?.Value ?? "", user.FindFirst(StaffClaims.Community)?.Value);
        await audit.WriteAsync(user.UserName(), unmasked ? "export.unmasked" : "export.masked", formId, street, community,
            $"{format}; {query.AuditText()}", cancellationToken).ConfigureAwait(false);

        var table = ExportTable.For(form);
        var rows = Rows(submissions, query.ToFilter(), unmasked, names, cancellationToken);
        var today = ChinaTime.Today(clock);
        var fileName = SubmissionExport.FileName(form.Title.Zh, today, format);
        return format == "xlsx"
            ? Results.Stream(stream => SubmissionExport.WriteXlsxAsync(table, rows, stream, cancellationToken), SubmissionExport.XlsxContentType, fileName)
            : Results.Stream(stream => SubmissionExport.WriteCsvAsync(table, rows, stream, cancellationToken), SubmissionExport.CsvContentType, fileName);
    }

    private static async IAsyncEnumerable<ExportRow> Rows(SubmissionQueries submissions, SubmissionFilter filter, bool unmasked,
        Dictionary<string, string> communities, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in submissions.StreamAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            var answers = (unmasked ? submissions.Open(row) : null) ?? SubmissionQueries.Masked(row);
            var status = row.Outcome switch
            {
                Rules.EligibilityDecision.Eligible => "符合条件",
                Rules.EligibilityDecision.Ineligible => "不符合条件",
                _ => "已提交",
            };
            yield return new ExportRow(row.Reference, DateTimeOffset.FromUnixTimeMilliseconds(row.SubmittedAt), communities.GetValueOrDefault(row.CommunityId, row.CommunityId), status, answers);
        }
    }
}
