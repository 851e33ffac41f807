using FormsEngine.Host.Accounts;
using FormsEngine.Host.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Api;

/// <summary><c>/api/v1/publications</c>: the forms published to the caller's communities, with their resident links.</summary>
internal static class PublicationsEndpoints
{
    public static IEndpointRouteBuilder MapPublicationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/publications").WithTags("Publications").RequireAuthorization(AccountsHostExtensions.StaffPolicy)
            .MapGet("/", List);
        return app;
    }

    internal static async Task<Ok<PublicationInfo[]>> List(FormsEngineDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var rows = await db.Publications.AsNoTracking().OrderBy(p => p.CommunityId).ThenBy(p => p.FormId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(p => new PublicationInfo(
            p.Id,
            p.CommunityId,
            p.FormId,
            p.FormVersion,
            ResidentUrl(p.CommunityId, p.FormId),
            p.Active && !(p.ClosesAt <= now),
            p.ClosesAt is { } closes ? DateTimeOffset.FromUnixTimeMilliseconds(closes) : null,
            p.RetentionDays)).ToArray());
    }

    public static string ResidentUrl(string community, string form) => $"/f/{Uri.EscapeDataString(community)}/{Uri.EscapeDataString(form)}";
}
