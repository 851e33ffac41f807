using System.Security.Claims;
using System.Text.Json.Nodes;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Api;

/// <summary>
/// <c>/api/v1/submissions</c>: create (JSON, with an <c>Idempotency-Key</c> header), list with paging and filters,
/// get one, download one of its files. Personal data is masked unless the caller asks for it and their role allows;
/// each clear view is audited. Other tenants' submissions do not exist as far as the caller can tell (404).
/// </summary>
internal static class SubmissionsEndpoints
{
    public static IEndpointRouteBuilder MapSubmissionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/submissions").WithTags("Submissions").RequireAuthorization(AccountsHostExtensions.StaffPolicy);
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/files/{fileId}", GetFile);
        group.MapPost("/", Create).DisableAntiforgery();
        return app;
    }

    internal static async Task<Results<Ok<Page<SubmissionInfo>>, ProblemHttpResult>> List(
        [AsParameters] SubmissionListQuery query, ClaimsPrincipal user, SubmissionQueries submissions, AuditLog audit, CancellationToken cancellationToken)
    {
        if (query.Validate() is { } problem)
        {
            return problem;
        }

        if (query.Unmasked == true && !PersonalDataPolicy.MayList(user))
        {
            return Forbidden("只有社区管理员可以查看未打码的列表", "only a community admin may list personal data unmasked");
        }

        var (total, moreThanTotal, rows) = await submissions.ListAsync(query.ToFilter(), query.PageNumber, query.Size, cancellationToken).ConfigureAwait(false);
        var unmasked = query.Unmasked == true;
        if (unmasked && rows.Count > 0)
        {
            audit.Add(user.UserName(), "submissions.listUnmasked", query.Form ?? "*", rows[0].StreetId, rows[0].CommunityId, $"{rows.Count} rows: {string.Join(",", rows.Select(r => r.Reference))}");
            await audit.SaveAsync(cancellationToken).ConfigureAwait(false);
        }

        var items = rows.Select(r => ToInfo(r, unmasked ? submissions.Open(r) : null)).ToList();
        return TypedResults.Ok(new Page<SubmissionInfo>(total, query.PageNumber, query.Size, items, moreThanTotal));
    }

    internal static async Task<Results<Ok<SubmissionInfo>, ProblemHttpResult>> Get(
        string id, bool? unmasked, ClaimsPrincipal user, SubmissionQueries submissions, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await submissions.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return NotFound(id);
        }

        if (unmasked != true)
        {
            return TypedResults.Ok(ToInfo(row, null));
        }

        if (!PersonalDataPolicy.MayOpen(user))
        {
            return Forbidden("您的角色只能查看打码后的个人信息", "your role sees personal data masked only");
        }

        await audit.WriteAsync(user.UserName(), "submission.unmask", row.Id, row.StreetId, row.CommunityId, row.Reference, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ToInfo(row, submissions.Open(row)));
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetFile(
        string id, string fileId, ClaimsPrincipal user, FormsEngineDbContext db, PersonalDataVault vault, AuditLog audit, CancellationToken cancellationToken)
    {
        var file = await db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == fileId && u.SubmissionId == id, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return BilingualProblem.Create(StatusCodes.Status404NotFound, "file.notFound", "找不到该文件", "there is no such file");
        }

        if (!PersonalDataPolicy.MayOpen(user))
        {
            return Forbidden("您的角色不能查看居民上传的文件", "your role may not open residents' files");
        }

        if (file.SealedBytes is null)
        {
            return BilingualProblem.Create(StatusCodes.Status410Gone, "file.purged", "该文件已过保存期限并被删除", "the file was erased at the end of its retention period");
        }

        await audit.WriteAsync(user.UserName(), "file.open", file.Id, file.StreetId, file.CommunityId, id, cancellationToken).ConfigureAwait(false);
        return TypedResults.File(vault.OpenFile(file.SealedBytes), file.ContentType, file.Name);
    }

    internal static async Task<Results<Created<SubmissionReceipt>, Ok<SubmissionReceipt>, ProblemHttpResult>> Create(
        CreateSubmission? body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user,
        FormsEngineDbContext db,
        SubmissionService service,
        CancellationToken cancellationToken)
    {
        if (body?.Community is not { Length: > 0 } community || body.Form is not { Length: > 0 } form || body.Answers is null)
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "submission.body", "请求需要 community、form 和 answers 三项",
                "the body needs community, form and answers", [FormsEngine.Diagnostics.Diagnostic.Error("submission.body", "$", "缺少 community、form 或 answers", "community, form or answers is missing")]);
        }

        if (idempotencyKey is { Length: > 100 })
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "submission.idempotencyKey", "Idempotency-Key 不能超过 100 个字符", "Idempotency-Key may not exceed 100 characters");
        }

        var publication = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.CommunityId == community && p.FormId == form, cancellationToken).ConfigureAwait(false);
        if (publication is null)
        {
            return BilingualProblem.Create(StatusCodes.Status404NotFound, "publication.notFound", $"社区“{community}”没有发布表单“{form}”", $"community '{community}' has not published form '{form}'");
        }

        var request = new SubmissionRequest(publication, body.Answers, idempotencyKey ?? Guid.NewGuid().ToString("N"), user.UserName()) { BuildingId = body.Building };
        return await service.SubmitAsync(request, cancellationToken).ConfigureAwait(false) switch
        {
            SubmitResult.Accepted { Repeated: true } a => TypedResults.Ok(Receipt(a)),
            SubmitResult.Accepted a => TypedResults.Created($"/api/v1/submissions/{a.Submission.Id}", Receipt(a)),
            SubmitResult.Invalid invalid => BilingualProblem.Create(StatusCodes.Status400BadRequest, "submission.invalid",
                "提交内容有误，请按提示修改", "the answers have errors; see errors[]", invalid.Errors),
            _ => BilingualProblem.Create(StatusCodes.Status409Conflict, "submission.closed", "该表单已停止收集", "the form no longer takes submissions"),
        };
    }

    private static SubmissionReceipt Receipt(SubmitResult.Accepted a) =>
        new(a.Submission.Id, a.Submission.Reference, a.Decision?.Outcome, a.Decision?.Explanation, a.Repeated);

    internal static SubmissionInfo ToInfo(SubmissionRow row, JsonObject? clear) => new(
        row.Id,
        row.Reference,
        row.FormId,
        row.FormVersion,
        row.CommunityId,
        row.GridId,
        row.BuildingId,
        ChinaTime.FromUnixMilliseconds(row.SubmittedAt),
        row.Outcome,
        row.Explanation,
        clear is not null,
        row.PurgedAt is not null,
        clear ?? SubmissionQueries.Masked(row));

    private static ProblemHttpResult NotFound(string id) =>
        BilingualProblem.Create(StatusCodes.Status404NotFound, "submission.notFound", $"找不到提交记录“{id}”", $"there is no submission '{id}'");

    private static ProblemHttpResult Forbidden(string zh, string en) => BilingualProblem.Create(StatusCodes.Status403Forbidden, "personalData.forbidden", zh, en);
}
