using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;
using FormsEngine.Host.Data;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs.Features;

/// <summary>
/// Cross-household ID de-duplication. A form that lists people in a repeat group with an ID-number field (e.g. the
/// household registry's 家庭成员) is a "roster": when one is submitted, each member's ID-number hash is looked up among
/// the other, not purged submissions of the same form in the same community. Nothing is refused (people move, some
/// live in two places); the workflow gets <c>input.跨户重复</c> (members already registered elsewhere) and
/// <c>input.跨户重复说明</c> (a sentence with the other households' reference numbers, never an ID number: workflow
/// state is not encrypted) for the grid worker to see.
/// </summary>
internal sealed class CrossHouseholdDuplicates(FormsEngineDbContext db, KeyedHasher hasher)
{
    public const string CountKey = "跨户重复";
    public const string TextKey = "跨户重复说明";
    private const int ReferencesShown = 3;

    /// <summary>True when the form has an ID-number field inside a repeat group (at any depth, pages transparent).</summary>
    public static bool AppliesTo(FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return HasMemberIds(form.Fields, insideRepeat: false);
    }

    /// <summary>The extra workflow input for a roster form's submission (null for other forms).</summary>
    public async Task<JsonObject?> CheckAsync(SubmissionRow row, FormDefinition form, JsonObject answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(answers);
        if (!AppliesTo(form))
        {
            return null;
        }

        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in MemberIds(form, answers))
        {
            hashes.Add(await hasher.HashAsync(PersonalValues.IdNumber, id, cancellationToken).ConfigureAwait(false));
        }

        var found = hashes.Count == 0 ? [] : await FindAsync(row, [.. hashes], cancellationToken).ConfigureAwait(false);
        var members = found.Select(f => f.Hash).Distinct(StringComparer.Ordinal).Count();
        var references = found.OrderByDescending(f => f.SubmittedAt).Select(f => f.Reference).Distinct(StringComparer.Ordinal).ToList();
        return new JsonObject
        {
            [CountKey] = members,
            [TextKey] = members == 0 ? "" : Describe(members, references),
        };
    }

    internal static string Describe(int members, IReadOnlyList<string> references)
    {
        var shown = string.Join("、", references.Take(ReferencesShown));
        var more = references.Count > ReferencesShown ? $" 等 {references.Count} 户" : "";
        return $"成员 {members} 人已在本社区其他户登记（参考号 {shown}{more}），可能已搬迁或两处居住，请核实；如为本户信息变更可忽略";
    }

    /// <summary>
    /// Other submissions of the same form in the same community holding one of <paramref name="hashes"/>. The tenant
    /// filters are set aside on purpose (a grid worker's own scope would hide the other grids of the community) and the
    /// street and community are matched explicitly instead.
    /// </summary>
    private async Task<List<Match>> FindAsync(SubmissionRow row, List<string> hashes, CancellationToken cancellationToken)
    {
        var (streetId, communityId, formId, submissionId) = (row.StreetId, row.CommunityId, row.FormId, row.Id);
        var submissions = db.Submissions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.StreetId == streetId && s.CommunityId == communityId && s.FormId == formId && s.PurgedAt == null && s.Id != submissionId);
        return await db.SubmissionHashes.IgnoreQueryFilters().AsNoTracking()
            .Where(h => h.StreetId == streetId && h.CommunityId == communityId && h.Kind == PersonalValues.IdNumber && hashes.Contains(h.Hash) && h.SubmissionId != submissionId)
            .Join(submissions, h => h.SubmissionId, s => s.Id, (h, s) => new Match(h.Hash, s.Reference, s.SubmittedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<string> MemberIds(FormDefinition form, JsonObject answers) =>
        AnswerWalk.Answered(form.Fields, answers)
            .Where(a => a.Field.Type == FieldTypes.IdNumber && !ReferenceEquals(a.Owner, answers))
            .Select(a => a.Owner[a.Field.Key] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null)
            .OfType<string>()
            .Where(t => t.Length > 0);

    private static bool HasMemberIds(IReadOnlyList<FormField> fields, bool insideRepeat) => fields.Any(f => f.Type switch
    {
        FieldTypes.IdNumber => insideRepeat,
        FieldTypes.Repeat => HasMemberIds(f.Fields, insideRepeat: true),
        FieldTypes.Page => HasMemberIds(f.Fields, insideRepeat),
        _ => false,
    });

    private sealed record Match(string Hash, string Reference, long SubmittedAt);
}
