using System.Security.Claims;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Api;
using FormsEngine.Host.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormsEngine.Host.Packs.Features;

/// <summary>
/// <c>GET /api/v1/passes/{code}</c>: the gate's check of a visitor pass, for staff of the community that issued it.
/// A code that is unknown and one from another community give the same 404, so nothing tells them apart.
/// <c>POST /api/v1/passes/{code}/revoke</c> (community staff and admins) withdraws a pass before its last day.
/// </summary>
internal static class PassGateEndpoints
{
    public static IEndpointRouteBuilder MapPassGateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/passes").WithTags("Passes").RequireAuthorization(AccountsHostExtensions.StaffPolicy);
        group.MapGet("/{code}", Check);
        group.MapPost("/{code}/revoke", Revoke).DisableAntiforgery();
        return app;
    }

    internal static async Task<Results<Ok<PassCheck>, ProblemHttpResult>> Revoke(
        string code, RevokePass? body, ClaimsPrincipal user, PassGate gate, CancellationToken cancellationToken)
    {
        if (user.Role() is not (StaffRoles.CommunityStaff or StaffRoles.CommunityAdmin))
        {
            return BilingualProblem.Create(StatusCodes.Status403Forbidden, "pass.revokeForbidden", "只有社区工作人员或社区管理员可以撤销通行证", "only community staff or admins may revoke a pass");
        }

        if (body?.Reason is { Length: > 200 })
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "pass.reason", "撤销原因不能超过 200 字", "the reason may not exceed 200 characters",
                [FormsEngine.Diagnostics.Diagnostic.Error("pass.reason", "$.reason", "原因过长", "reason too long")]);
        }

        return await gate.RevokeAsync(code, user.UserName(), body?.Reason, cancellationToken).ConfigureAwait(false)
            ? await Check(code, user, gate, cancellationToken).ConfigureAwait(false)
            : NotFound();
    }

    internal static async Task<Results<Ok<PassCheck>, ProblemHttpResult>> Check(string code, ClaimsPrincipal user, PassGate gate, CancellationToken cancellationToken) =>
        await gate.CheckAsync(code, user.UserName(), cancellationToken).ConfigureAwait(false) is { } check
            ? TypedResults.Ok(check)
            : NotFound();

    private static ProblemHttpResult NotFound() =>
        BilingualProblem.Create(StatusCodes.Status404NotFound, "pass.unknown", "查无此通行码，请访客联系住户重新申请", "there is no pass with this code");
}

/// <summary>The body of a revocation: why (optional, kept in the audit log).</summary>
internal sealed record RevokePass(string? Reason);
