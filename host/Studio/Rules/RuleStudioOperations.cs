using System.Text.Json.Nodes;
using FormsEngine.Designer.Operations;
using FormsEngine.Designer.RuleEditing;
using FormsEngine.Forms;
using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Studio.Library;
using FormsEngine.Host.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Studio.Rules;

/// <summary>
/// The rule editors' seam on the host. Like <see cref="StudioOperations"/>, every call opens its own DI scope with the
/// circuit user's tenancy, so the context's query filters hide other tenants' forms and submissions ("not found").
/// Stored answers are decrypted here, used for evaluation, and never returned: traced values come back masked.
/// The published rule set is what the community runs today: the rules pinned to its live form version, else the file.
/// </summary>
internal sealed class RuleStudioOperations(StudioCalls calls, RuleCatalog catalog, FormCatalog files)
    : IRuleStudioOperations
{
    /// <summary>The most stored submissions a what-if run reads.</summary>
    public const int MaxWhatIfSubmissions = 5000;

    public Task<IReadOnlyList<RuleSetInfo>> ListRuleSetsAsync(CancellationToken cancellationToken) => calls.RunAsync(async (services, _) =>
    {
        var forms = await VisibleFormsAsync(services.GetRequiredService<FormsEngineDbContext>(), cancellationToken).ConfigureAwait(false);
        return (IReadOnlyList<RuleSetInfo>)[.. catalog.Ids.Select(id => new RuleSetInfo(id, catalog.Source(id) ?? "",
            [.. forms.Where(f => f.Definition.Eligibility?.RuleSet == id).Select(f => new RuleSetForm(f.Definition.Id, f.Definition.Version, f.Definition.Title.Zh, f.Json, f.Definition.Eligibility!.Workflow))]))];
    });

    public Task<IReadOnlyList<DecisionTableInfo>> ListDecisionTablesAsync(CancellationToken cancellationToken)
    {
        var folder = files.RootPath is null ? null : Path.Combine(files.RootPath, "tables");
        IReadOnlyList<DecisionTableInfo> tables = folder is not null && Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(f => new DecisionTableInfo(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))]
            : [];
        return Task.FromResult(tables);
    }

    public Task<IReadOnlyList<SampleSubmission>> ListSampleSubmissionsAsync(string formId, int take, CancellationToken cancellationToken) => calls.RunAsync(async (services, _) =>
    {
        var rows = await services.GetRequiredService<FormsEngineDbContext>().Submissions.AsNoTracking()
            .Where(s => s.FormId == formId && s.SealedAnswers != null)
            .OrderByDescending(s => s.SubmittedAt).Take(Math.Clamp(take, 1, 200))
            .Select(s => new { s.Id, s.Reference, s.SubmittedAt, s.Outcome })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (IReadOnlyList<SampleSubmission>)[.. rows.Select(r => new SampleSubmission(r.Id, r.Reference,
            DateTimeOffset.FromUnixTimeMilliseconds(r.SubmittedAt).ToOffset(ChinaTime.Offset), r.Outcome))];
    });

    public Task<RuleTestResult> TestAsync(RuleTestRequest request, CancellationToken cancellationToken) => calls.RunAsync(async (services, _) =>
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.SubmissionId is not { Length: > 0 } submissionId)
        {
            var (answers, problem) = RuleTestRunner.ParseAnswers(request.AnswersJson);
            return answers is null ? RuleTestResult.Failed([problem!]) : RuleTestRunner.Run(request, answers);
        }

        var queries = services.GetRequiredService<SubmissionQueries>();
        var row = await queries.FindAsync(submissionId, cancellationToken).ConfigureAwait(false);
        var formId = RuleFormSchema.LoadForm(request.FormJson).Form?.Id;
        if (row is null || row.FormId != formId)
        {
            return RuleTestResult.Failed([NotFound(submissionId)]);
        }

        if (queries.Open(row) is not { } clear)
        {
            return RuleTestResult.Failed([new RuleMessage("这份提交的个人信息已按保存期限清除，无法用来测试", "this submission's personal data has been purged, so it cannot be tested", null)]);
        }

        var masked = SubmissionQueries.Masked(row);
        return RuleTestRunner.Run(request, clear, (field, _) => RuleTestRunner.Display(MaskedValue(masked, field)));
    });

    public Task<WhatIfResult> WhatIfAsync(string formId, string formJson, string ruleSetJson, CancellationToken cancellationToken) => calls.RunAsync(async (services, _) =>
    {
        var form = RuleFormSchema.LoadForm(formJson).Form;
        if (form is null || form.Id != formId)
        {
            return WhatIfResult.Failed([new RuleMessage($"找不到表单“{formId}”", $"there is no form '{formId}'", null)]);
        }

        // "Before" is what the user's community runs today: the rules pinned to its live version, else the rule pack's file.
        var db = services.GetRequiredService<FormsEngineDbContext>();
        var live = await db.Publications.LiveVersionAsync(formId, cancellationToken).ConfigureAwait(false);
        if (form.Eligibility is not { } eligibility
            || (live is { } version ? catalog.SourceFor(formId, version, eligibility.RuleSet) : catalog.Source(eligibility.RuleSet)) is not { } published)
        {
            return WhatIfResult.Failed([new RuleMessage("该表单还没有已发布的资格规则，无法比较", "the form has no published eligibility rules to compare with", "$.eligibility")]);
        }

        var queries = services.GetRequiredService<SubmissionQueries>();
        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.FormId == formId && s.SealedAnswers != null)
            .OrderByDescending(s => s.SubmittedAt).Take(MaxWhatIfSubmissions)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var submissions = rows.Select(r => (Row: r, Answers: queries.Open(r))).Where(x => x.Answers is not null)
            .Select(x => new WhatIfSubmission(x.Row.Id, x.Row.Reference, x.Answers!)).ToList();
        return RuleWhatIfRunner.Compare(formJson, published, ruleSetJson, eligibility.Workflow, submissions);
    });

    private static RuleMessage NotFound(string id) => new($"找不到提交“{id}”", $"there is no submission '{id}'", null);

    /// <summary>The masked value of a traced field such as <c>input1.身份证号</c>; an unknown field shows as masked.</summary>
    private static JsonNode? MaskedValue(JsonObject masked, string field)
    {
        var prefix = RuleFormSchema.InputName + ".";
        JsonNode? node = masked;
        foreach (var part in (field.StartsWith(prefix, StringComparison.Ordinal) ? field[prefix.Length..] : field).Split('.'))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(part, out node))
            {
                return JsonValue.Create("***");
            }
        }

        return node?.DeepClone();
    }

    private static async Task<List<(FormDefinition Definition, string Json)>> VisibleFormsAsync(FormsEngineDbContext db, CancellationToken cancellationToken)
    {
        var published = await db.Publications.AsNoTracking().GroupBy(p => p.FormId).Select(g => new { FormId = g.Key, Version = g.Max(p => p.FormVersion) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<(FormDefinition, string)>();
        foreach (var p in published.OrderBy(p => p.FormId, StringComparer.Ordinal))
        {
            var json = await db.FormVersions.AsNoTracking().Where(f => f.FormId == p.FormId && f.Version == p.Version).Select(f => f.Json)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (json is not null && FormDefinition.Load(json).Form is { } form)
            {
                list.Add((form, json));
            }
        }

        return list;
    }
}
