using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Tenancy;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs.Features;

/// <summary>
/// The gate check of visitor passes. A pass is the workflow instance whose <c>input.通行码</c> equals the code; the
/// visitor-permit workflow makes it <c>passCodePrefix-reference</c>, so the submissions looked at are those whose
/// reference is a dash-separated tail of the code, in the caller's tenant (the query filters), and their instances
/// must carry the code exactly. The answer is judged on today's date in China time against <c>有效期自</c>–<c>有效期至</c>;
/// a pass is revoked when staff revoked it (a <c>pass.revoke</c> audit entry of its community is the record), when its
/// workflow did not end <c>approved</c> or when the submission was purged. Every check is audited. Only masked data
/// leaves: the visitor's masked name and the building.
/// </summary>
internal sealed class PassGate(FormsEngineDbContext db, WorkflowRuntime runtime, AuditLog audit, TenantScope scope, TimeProvider clock)
{
    public const string CodeKey = "通行码";
    public const string FromKey = "有效期自";
    public const string ToKey = "有效期至";
    public const string Approved = "approved";
    public const string CheckAction = "pass.check";
    public const string RevokeAction = "pass.revoke";
    public const int MaxCodeLength = 64;

    /// <summary>Checks <paramref name="code"/> for <paramref name="actor"/>; null when no pass with it is visible (audited as unknown).</summary>
    public async Task<PassCheck?> CheckAsync(string code, string actor, CancellationToken cancellationToken)
    {
        var trimmed = (code ?? "").Trim();
        var found = trimmed.Length is > 0 and <= MaxCodeLength ? await FindAsync(trimmed, cancellationToken).ConfigureAwait(false) : null;
        if (found is not var (submission, instance))
        {
            var shown = trimmed.Length <= MaxCodeLength ? trimmed : trimmed[..MaxCodeLength];
            await audit.WriteAsync(actor, CheckAction, shown, scope.StreetId ?? "", scope.CommunityId, PassResults.Unknown, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var input = instance.Data["input"] as JsonObject ?? [];
        var passCode = Text(input[CodeKey])!;
        var revoked = await IsRevokedAsync(submission, passCode, cancellationToken).ConfigureAwait(false);
        var from = DateOf(input[FromKey]);
        var to = DateOf(input[ToKey]);
        var today = ChinaTime.Today(clock);
        var result = revoked || instance.Status != WorkflowStatus.Completed || instance.EndStatus != Approved || submission.PurgedAt is not null || from is null || to is null
            ? PassResults.Revoked
            : today < from ? PassResults.NotYetValid
            : today > to ? PassResults.Expired
            : PassResults.Valid;
        var buildingId = Text(input["楼栋"]) ?? submission.BuildingId;
        var building = buildingId is null ? null
            : await db.Tenants.AsNoTracking().Where(t => t.Id == buildingId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(actor, CheckAction, passCode, submission.StreetId, submission.CommunityId,
            $"{result} {submission.Reference} {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", cancellationToken).ConfigureAwait(false);
        var (zh, en) = PassResults.Messages(result, from, to);
        return new PassCheck(passCode, result, result == PassResults.Valid, zh, en, Text(input["访客姓名"]), buildingId, building,
            from, to, today, submission.Reference, ChinaTime.FromUnixMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    /// <summary>Revokes a visible pass (an audit entry is the record); false when no pass with <paramref name="code"/> is visible.</summary>
    public async Task<bool> RevokeAsync(string code, string actor, string? reason, CancellationToken cancellationToken)
    {
        var trimmed = (code ?? "").Trim();
        if (trimmed.Length is 0 or > MaxCodeLength || await FindAsync(trimmed, cancellationToken).ConfigureAwait(false) is not var (submission, instance))
        {
            return false;
        }

        var passCode = Text(instance.Data["input"]?[CodeKey])!;
        await audit.WriteAsync(actor, RevokeAction, passCode, submission.StreetId, submission.CommunityId, $"{submission.Reference} {reason}".TrimEnd(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private Task<bool> IsRevokedAsync(SubmissionRow submission, string passCode, CancellationToken cancellationToken)
    {
        var (streetId, communityId) = (submission.StreetId, submission.CommunityId);
        return db.AuditLog.AsNoTracking()
            .AnyAsync(a => a.StreetId == streetId && a.CommunityId == communityId && a.Action == RevokeAction && a.Subject == passCode, cancellationToken);
    }

    /// <summary>The visible submission and instance that carry <paramref name="code"/> as their pass code, or null.</summary>
    private async Task<(SubmissionRow Submission, WorkflowInstanceView Instance)?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var references = new List<string>();
        for (var i = code.IndexOf('-', StringComparison.Ordinal); i >= 0 && i < code.Length - 1; i = code.IndexOf('-', i + 1))
        {
            references.Add(code[(i + 1)..].ToUpperInvariant());
        }

        if (references.Count == 0)
        {
            return null;
        }

        var submissions = await db.Submissions.AsNoTracking().Where(s => references.Contains(s.Reference)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = submissions.Select(s => s.Id).ToList();
        var links = await db.SubmissionWorkflows.AsNoTracking().Where(w => ids.Contains(w.SubmissionId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var link in links)
        {
            var instance = await runtime.GetInstanceAsync(link.InstanceId, cancellationToken).ConfigureAwait(false);
            if (instance?.Data["input"]?[CodeKey] is JsonValue value && value.TryGetValue<string>(out var stored)
                && string.Equals(stored, code, StringComparison.OrdinalIgnoreCase))
            {
                return (submissions.First(s => s.Id == link.SubmissionId), instance);
            }
        }

        return null;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static DateOnly? DateOf(JsonNode? node) =>
        Text(node) is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>The results of a gate check and what the gate reads for each.</summary>
internal static class PassResults
{
    public const string Valid = "valid";
    public const string NotYetValid = "notYetValid";
    public const string Expired = "expired";
    public const string Revoked = "revoked";
    public const string Unknown = "unknown";

    public static (string Zh, string En) Messages(string result, DateOnly? from, DateOnly? to)
    {
        var span = $"{from:yyyy-MM-dd} 至 {to:yyyy-MM-dd}";
        var spanEn = $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}";
        return result switch
        {
            Valid => ($"通行证有效（{span}），请核对访客证件后放行", $"the pass is valid ({spanEn}); check the visitor's ID and let them in"),
            NotYetValid => ($"通行证尚未生效，有效期为 {span}", $"the pass is not valid yet; it is valid {spanEn}"),
            Expired => ($"通行证已过期（有效期 {span}）", $"the pass has expired (it was valid {spanEn})"),
            _ => ("通行证已撤销或未获批准，不能放行", "the pass was revoked or not approved; do not let the visitor in"),
        };
    }
}

/// <summary>What the gate sees: the result, the visitor's masked name and the host's building, the validity period.</summary>
internal sealed record PassCheck(
    string Code,
    string Result,
    bool Valid,
    string MessageZh,
    string MessageEn,
    string? Visitor,
    string? BuildingId,
    string? Building,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    DateOnly Today,
    string Reference,
    DateTimeOffset CheckedAt);
