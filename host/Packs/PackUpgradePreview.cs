using System.Text.Json.Nodes;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Submissions;
using FormsEngine.Packs;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs;

/// <summary>
/// What moving a community to its offered pack version would change: the <see cref="PackDiff"/> of the two versions,
/// and, per form with eligibility rules, the decisions of its latest stored submissions under the current version and
/// settings versus the offered version and the settings it would have. Opening the sealed answers is audited.
/// </summary>
internal sealed class PackUpgradePreview(FormsEngineDbContext db, PackCatalog catalog, PackSettings settings, SubmissionQueries queries, AuditLog audit)
{
    public const int MaxSubmissions = 5000;
    private const int MaxExamples = 10;

    public async Task<PackUpgradeReport?> ForAsync(PackPublicationRow publication, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (publication.OfferedVersion is not { } offered
            || catalog.Find(publication.PackId, publication.Version) is not { } current
            || catalog.Find(publication.PackId, offered) is not { } next)
        {
            return null;
        }

        var before = await settings.EffectiveAsync(current, publication.StreetId, publication.CommunityId, cancellationToken).ConfigureAwait(false);
        var after = await settings.EffectiveAsync(next, publication.StreetId, publication.CommunityId, cancellationToken).ConfigureAwait(false);
        var whatIf = new List<PackWhatIf>();
        foreach (var formId in current.RuleSets.Keys.Intersect(next.RuleSets.Keys).Order(StringComparer.Ordinal))
        {
            whatIf.Add(await WhatIfAsync(publication.CommunityId, formId, current, before.Values, next, after.Values, cancellationToken).ConfigureAwait(false));
        }

        audit.Add(actor, "pack.whatif", $"{publication.PackId}@{offered}", publication.StreetId, publication.CommunityId, $"submissions={whatIf.Sum(w => w.Total)}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new PackUpgradeReport(current, next, publication.StayUntil is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null, PackDiff.Compare(current, next), whatIf, after.Problems.Select(p => p.ToString()).ToList());
    }

    private async Task<PackWhatIf> WhatIfAsync(string communityId, string formId, RulePack current, JsonObject currentValues, RulePack next, JsonObject nextValues, CancellationToken cancellationToken)
    {
        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.CommunityId == communityId && s.FormId == formId && s.SealedAnswers != null)
            .OrderByDescending(s => s.SubmittedAt).Take(MaxSubmissions)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var (gained, lost, events, total) = (0, 0, 0, 0);
        var examples = new List<string>();
        foreach (var row in rows)
        {
            if (queries.Open(row) is not { } answers)
            {
                continue;
            }

            total++;
            var was = current.Decide(formId, answers, currentValues);
            var now = next.Decide(formId, answers, nextValues);
            var change = (was.IsSuccess, now.IsSuccess) switch
            {
                (false, true) => "gained",
                (true, false) => "lost",
                _ => was.Events.SequenceEqual(now.Events, StringComparer.Ordinal) ? null : "events",
            };
            gained += change == "gained" ? 1 : 0;
            lost += change == "lost" ? 1 : 0;
            events += change == "events" ? 1 : 0;
            if (change is not null && examples.Count < MaxExamples)
            {
                examples.Add($"{row.Reference}: {(change == "gained" ? "变为符合" : change == "lost" ? "变为不符合" : "结果事件变化")}");
            }
        }

        return new PackWhatIf(formId, next.Forms[formId].Form.Title.Zh, total, gained, lost, events, examples);
    }

}

/// <summary>The changes of an offered upgrade and their effect on stored submissions.</summary>
internal sealed record PackUpgradeReport(RulePack Current, RulePack Offered, DateTimeOffset? StayUntil, IReadOnlyList<PackChange> Changes, IReadOnlyList<PackWhatIf> WhatIf, IReadOnlyList<string> SettingProblems);

/// <summary>Of <paramref name="Total"/> stored submissions of a form, how many would gain or lose eligibility or change events.</summary>
internal sealed record PackWhatIf(string FormId, string FormTitle, int Total, int Gained, int Lost, int EventsChanged, IReadOnlyList<string> Examples);
