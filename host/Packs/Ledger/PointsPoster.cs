using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.Submissions;
using FormsEngine.Workflows;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs.Ledger;

/// <summary>
/// Finds completed instances of the configured workflows that the ledger has not handled yet and posts each: a credit
/// or a debit of the amount the workflow wrote into its input, to the account of the submission's phone hash. Runs in
/// a system scope.
/// </summary>
internal sealed class PointsPoster(FormsEngineDbContext db, WorkflowRuntime runtime, PointsLedger ledger)
{
    private const int BatchSize = 50;
    public const string Actor = "system:points";

    /// <summary>Handles every due instance; returns how many were handled.</summary>
    public async Task<int> PostDueAsync(PointsLedgerConfig config, CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var workflowId in config.Postings.Select(p => p.WorkflowId).Distinct(StringComparer.Ordinal))
        {
            var due = await db.Database.SqlQuery<string>($"""
                SELECT i."Id" AS "Value" FROM wf_instances i
                WHERE i."DefinitionId" = {workflowId} AND i."Status" = 'Completed'
                  AND NOT EXISTS (SELECT 1 FROM points_postings p WHERE p."InstanceId" = i."Id")
                ORDER BY i."UpdatedAt"
                LIMIT {BatchSize}
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var instanceId in due)
            {
                if (await PostAsync(config, instanceId, cancellationToken).ConfigureAwait(false))
                {
                    handled++;
                }
            }
        }

        return handled;
    }

    private async Task<bool> PostAsync(PointsLedgerConfig config, string instanceId, CancellationToken cancellationToken)
    {
        var link = await db.SubmissionWorkflows.AsNoTracking().FirstOrDefaultAsync(w => w.InstanceId == instanceId, cancellationToken).ConfigureAwait(false);
        var instance = await runtime.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (link is null || instance is null)
        {
            // Not a submission's workflow (started by hand): nothing to post; recorded once so it is not read again.
            await ledger.PostAsync(new PointsPosting("", "", "", PointsKinds.None, 0, "", instanceId, Actor, null), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var rule = config.Postings.FirstOrDefault(p => p.WorkflowId == instance.DefinitionId && p.EndStatus == instance.EndStatus);
        var account = await db.SubmissionHashes.AsNoTracking()
            .Where(h => h.SubmissionId == link.SubmissionId && h.Kind == PersonalValues.Mobile)
            .OrderBy(h => h.Id).Select(h => h.Hash).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var points = rule is null || account is null ? 0 : Amount(instance.Data["input"]?[rule.AmountField]);
        var reference = instance.Data["input"]?["reference"] is JsonValue r && r.TryGetValue<string>(out var text) ? text : null;
        var posting = new PointsPosting(link.StreetId, link.CommunityId, account ?? "", points > 0 ? rule!.Kind : PointsKinds.None, points,
            link.SubmissionId, instanceId, Actor, reference);
        await ledger.PostAsync(posting, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A whole, positive number of points from the workflow's value; anything else posts nothing.</summary>
    private static long Amount(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<decimal>(out var number) && number > 0 && number < 1_000_000_000
            ? (long)Math.Round(number, MidpointRounding.AwayFromZero)
            : 0;
}
