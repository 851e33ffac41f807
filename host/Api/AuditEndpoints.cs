using FormsEngine.Host.Accounts;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Api;

/// <summary>
/// <c>GET /api/v1/audit</c>: the audit log of the caller's tenant, newest first — who opened personal data, exported,
/// signed in or was locked out, what the retention purge erased. Admins only (street or community).
/// </summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(AccountsHostExtensions.AdminPolicy).MapGet("/", List);
        return app;
    }

    internal static async Task<Results<Ok<Page<AuditEntry>>, ProblemHttpResult>> List(string? action, int? page, int? pageSize, FormsEngineDbContext db, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1 || size is < 1 or > 200)
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "query.page", "page 应不小于 1，pageSize 应为 1 到 200", "page must be ≥ 1 and pageSize 1–200");
        }

        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrEmpty(action))
        {
            query = query.Where(a => a.Action == action);
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderByDescending(a => a.Id).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Select(a => new AuditEntry(ChinaTime.FromUnixMilliseconds(a.At), a.Actor, a.Action, a.Subject, a.CommunityId, a.Detail)).ToList();
        return TypedResults.Ok(new Page<AuditEntry>(total, number, size, items));
    }
}

/// <summary>One audit log line.</summary>
internal sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Subject, string? CommunityId, string? Detail);
