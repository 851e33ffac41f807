using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.PersonalData;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Submissions;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.PersonalData;

/// <summary>
/// Erases the personal data of submissions whose retention period has passed: the sealed answers and files, the
/// lookup hashes, and the masked copies of personal fields (replaced by ***). What is left — form, dates, outcome,
/// non-personal answers — keeps the statistics. Each purge is written to the audit log per form and community.
/// </summary>
internal sealed partial class RetentionPurger(FormsEngineDbContext db, TenantScope scope, PublishedForms forms, AuditLog audit, ILogger<RetentionPurger> logger)
{
    private const int BatchSize = 200;

    public async Task<int> PurgeDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        scope.SetSystem();
        var nowMs = now.ToUnixTimeMilliseconds();
        var purged = 0;
        while (true)
        {
            var due = await db.Submissions
                .Where(s => s.PurgedAt == null && s.RetainUntil != null && s.RetainUntil <= nowMs)
                .OrderBy(s => s.RetainUntil).Take(BatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
            {
                return purged;
            }

            var ids = due.Select(s => s.Id).ToList();
            foreach (var submission in due)
            {
                submission.SealedAnswers = null;
                submission.PurgedAt = nowMs;
                if (await forms.FindAsync(submission.FormId, submission.FormVersion, cancellationToken).ConfigureAwait(false) is { } form)
                {
                    submission.MaskedJson = HidePersonal(form.Form, JsonNode.Parse(submission.MaskedJson)!.AsObject()).ToJsonString();
                }
            }

            await db.SubmissionHashes.Where(h => ids.Contains(h.SubmissionId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await db.Uploads.Where(u => ids.Contains(u.SubmissionId)).ExecuteUpdateAsync(u => u.SetProperty(x => x.SealedBytes, (byte[]?)null), cancellationToken).ConfigureAwait(false);
            foreach (var group in due.GroupBy(s => (s.StreetId, s.CommunityId, s.FormId)))
            {
                audit.Add("system", "retention.purge", group.Key.FormId, group.Key.StreetId, group.Key.CommunityId,
                    $"{group.Count()} submissions: {string.Join(",", group.Select(s => s.Reference))}");
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            purged += due.Count;
            LogPurged(due.Count);
        }
    }

    /// <summary>Replaces every personal answer, also inside repeat items at any depth, with ***.</summary>
    private static JsonObject HidePersonal(FormDefinition form, JsonObject masked)
    {
        foreach (var (field, owner) in AnswerWalk.Answered(form.Fields, masked).ToList())
        {
            if (field.PersonalData != PersonalDataClass.None)
            {
                owner[field.Key] = TextMasks.Hidden;
            }
        }

        return masked;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge erased the personal data of {Count} submissions")]
    private partial void LogPurged(int count);
}
