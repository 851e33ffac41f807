using System.Security.Claims;
using System.Text.RegularExpressions;
using FormsEngine.Forms.PersonalData;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Api;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Submissions;
using FormsEngine.Host.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs.Ledger;

/// <summary>
/// <c>POST /api/v1/points/lookup</c> with <c>{"phone": "138…"}</c>: a volunteer's points account in each community the
/// caller sees — balance, entries and whether the hash chain holds. Staff only; every look-up is audited, since it takes
/// a phone number. The phone travels in the body, not the URL, so request logs never hold it.
/// </summary>
internal static partial class PointsEndpoints
{
    public static IEndpointRouteBuilder MapPointsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/points").WithTags("Points").RequireAuthorization(AccountsHostExtensions.StaffPolicy).MapPost("/lookup", Get);
        return app;
    }

    internal static async Task<Results<Ok<PointsAccountView>, ProblemHttpResult>> Get(
        PointsLookup? body, ClaimsPrincipal user, TenantScope scope, FormsEngineDbContext db, KeyedHasher hasher, AuditLog audit, CancellationToken cancellationToken)
    {
        var normalized = (body?.Phone ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!Mobile().IsMatch(normalized))
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "points.phone", "手机号码格式不正确，应为11位数字", "the mobile number must be 11 digits, e.g. 13812345678");
        }

        if (scope.StreetId is not { } streetId)
        {
            return BilingualProblem.Create(StatusCodes.Status403Forbidden, "points.scope", "您的账号未关联街道或社区", "your account has no street or community");
        }

        var account = await hasher.HashAsync(PersonalValues.Mobile, normalized, cancellationToken).ConfigureAwait(false);
        var masked = TextMasks.Mobile(normalized);
        await audit.WriteAsync(user.UserName(), "points.view", masked, streetId, scope.CommunityId, account, cancellationToken).ConfigureAwait(false);

        var rows = await db.Set<PointsLedgerRow>().AsNoTracking().Where(e => e.Account == account)
            .OrderBy(e => e.CommunityId).ThenBy(e => e.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        var accounts = rows.GroupBy(e => e.CommunityId, StringComparer.Ordinal).Select(g =>
        {
            var entries = g.ToList();
            var broken = PointsChain.FirstBroken(entries);
            return new PointsCommunityAccount(g.Key, entries[^1].BalanceAfter, broken is null, broken,
                entries.Select(e => new PointsEntryView(e.Sequence, ChinaTime.FromUnixMilliseconds(e.At), e.Kind, e.Points, e.BalanceAfter, e.SubmissionId, e.Note, e.By)).ToList());
        }).ToList();
        return TypedResults.Ok(new PointsAccountView(masked, accounts));
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();
}

/// <summary>The body of a look-up: the volunteer's mobile number.</summary>
internal sealed record PointsLookup(string? Phone);

/// <summary>A phone's points accounts (one per community), the phone masked.</summary>
internal sealed record PointsAccountView(string Phone, IReadOnlyList<PointsCommunityAccount> Accounts);

/// <summary>One community's account: the balance, whether the chain verifies and, if not, the first bad entry.</summary>
internal sealed record PointsCommunityAccount(string Community, long Balance, bool Verified, long? BrokenAt, IReadOnlyList<PointsEntryView> Entries);

/// <summary>One ledger entry as staff see it.</summary>
internal sealed record PointsEntryView(long Sequence, DateTimeOffset At, string Kind, long Points, long BalanceAfter, string SubmissionId, string? Note, string By);
