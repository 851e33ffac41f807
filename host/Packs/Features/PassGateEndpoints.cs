using System.Security.Claims;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormsEngine.Host.Packs.Features;

/// <summary>
/// <c>GET /api/v1/passes/{code}</c>: the gate's check of a visitor pass, for staff of the community that issued it.
/// A code that is unknown and one from another community give the same 404, so nothing tells them apart.
/// </summary>
internal static class PassGateEndpoints
{
    public static IEndpointRouteBuilder MapPassGateEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/passes").WithTags("Passes").RequireAuthorization(AccountsHostExtensions.StaffPolicy).MapGet("/{code}", Check);
        return app;
    }

    internal static async Task<Results<Ok<PassCheck>, ProblemHttpResult>> Check(string code, ClaimsPrincipal user, PassGate gate, CancellationToken cancellationToken) =>
        await gate.CheckAsync(code, user.UserName(), cancellationToken).ConfigureAwait(false) is { } check
            ? TypedResults.Ok(check)
            : BilingualProblem.Create(StatusCodes.Status404NotFound, "pass.unknown", "查无此通行码，请访客联系住户重新申请", "there is no pass with this code");
}
