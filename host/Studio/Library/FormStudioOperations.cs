using FormsEngine.Designer.Operations;
using FormsEngine.Forms;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Studio.Library;

/// <summary>
/// The host's side of the studio's form library: drafts in <see cref="StudioDrafts"/>, publishing through
/// <see cref="FormPublisher"/>, history and diff over <c>form_versions</c>. Every call runs through
/// <see cref="StudioCalls"/>, so the tenant filters decide what exists: another community's form is simply not there.
/// </summary>
internal sealed class FormStudioOperations(StudioCalls calls) : IFormStudioOperations
{
    public Task<IReadOnlyList<StudioFormSummary>> ListFormsAsync(CancellationToken cancellationToken) => calls.RunAsync(async (services, _) =>
    {
        var db = services.GetRequiredService<FormsEngineDbContext>();
        var community = services.GetRequiredService<TenantScope>().CommunityId;
        var versions = await db.FormVersions.AsNoTracking().Select(f => new { f.FormId, f.Version }).ToListAsync(cancellationToken).ConfigureAwait(false);
        // One publication per form in a community; a street-wide scope sees each community's and shows the newest.
        var live = (await db.Publications.AsNoTracking().Where(p => p.Active).Select(p => new { p.FormId, p.FormVersion }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(p => p.FormId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(p => p.FormVersion), StringComparer.Ordinal);
        var drafts = (await services.GetRequiredService<StudioDrafts>().ListAsync(StudioDraftKinds.Form, cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => d.DocumentId, StringComparer.Ordinal);
        var forms = services.GetRequiredService<PublishedForms>();
        var summaries = new List<StudioFormSummary>();
        var latestById = versions.GroupBy(v => v.FormId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(v => v.Version), StringComparer.Ordinal);
        foreach (var id in latestById.Keys.Union(drafts.Keys).Order(StringComparer.Ordinal))
        {
            int? latest = latestById.TryGetValue(id, out var l) ? l : null;
            var draft = drafts.GetValueOrDefault(id);
            var title = draft is not null ? FormDefinition.Load(draft.Json).Form?.Title.Zh
                : latest is { } v ? (await forms.FindAsync(id, v, cancellationToken).ConfigureAwait(false))?.Form.Title.Zh : null;
            var liveVersion = live.TryGetValue(id, out var version) ? version : (int?)null;
            summaries.Add(new StudioFormSummary(id, title ?? id, latest, liveVersion, draft is not null,
                draft is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(draft.UpdatedAt),
                liveVersion is not null && community is not null ? FormPublisher.ResidentPath(community, id) : null));
        }

        return (IReadOnlyList<StudioFormSummary>)summaries;
    });

    public Task<StudioFormDocument?> OpenAsync(string formId, CancellationToken cancellationToken) => calls.RunAsync(async (services, user) =>
    {
        var db = services.GetRequiredService<FormsEngineDbContext>();
        var scope = services.GetRequiredService<TenantScope>();
        var drafts = services.GetRequiredService<StudioDrafts>();
        var draft = await drafts.FindAsync(StudioDraftKinds.Form, formId, cancellationToken).ConfigureAwait(false);
        var latest = await db.FormVersions.AsNoTracking().Where(f => f.FormId == formId).OrderByDescending(f => f.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (draft is null && latest is null)
        {
            return null;
        }

        var live = await db.Publications.LiveVersionAsync(formId, cancellationToken).ConfigureAwait(false);
        var json = draft?.Json ?? latest!.Json;
        var ruleSetId = FormDefinition.Load(json).Form?.Eligibility?.RuleSet;
        var ruleDraft = ruleSetId is null ? null : await drafts.FindAsync(StudioDraftKinds.RuleSet, formId, cancellationToken).ConfigureAwait(false);
        var rules = services.GetRequiredService<RuleCatalog>();
        var ruleSetJson = ruleSetId is null ? null
            : ruleDraft?.Json ?? (latest is null ? rules.Source(ruleSetId) : rules.SourceFor(formId, latest.Version, ruleSetId));
        var communityName = scope.CommunityId is null ? null
            : await db.Tenants.AsNoTracking().Where(t => t.Id == scope.CommunityId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new StudioFormDocument(formId, json, draft is not null, latest?.Version, live,
            live is not null && scope.CommunityId is not null ? FormPublisher.ResidentPath(scope.CommunityId, formId) : null,
            communityName ?? "示例社区", ruleSetId, ruleSetJson, FormPublisher.MayPublish(user) && scope.CommunityId is not null);
    });

    public Task<StudioOutcome> SaveDraftAsync(string formId, string formJson, string? ruleSetJson, CancellationToken cancellationToken) => calls.RunAsync(async (services, user) =>
    {
        if (!FormPublisher.MayPublish(user) || !StudioFormIds.IsValid(formId))
        {
            return new StudioOutcome(false, "只有社区管理员和社区工作人员可以保存本社区的表单草稿", "only community admins and staff may save drafts");
        }

        var drafts = services.GetRequiredService<StudioDrafts>();
        var saved = await drafts.SaveAsync(StudioDraftKinds.Form, formId, formJson, user.UserName(), cancellationToken).ConfigureAwait(false)
            && (ruleSetJson is null || await drafts.SaveAsync(StudioDraftKinds.RuleSet, formId, ruleSetJson, user.UserName(), cancellationToken).ConfigureAwait(false));
        return saved
            ? new StudioOutcome(true, "草稿已保存", "draft saved")
            : new StudioOutcome(false, "草稿太大（上限 2 MB），未保存", "the draft is over 2 MB and was not saved");
    });

    public Task<StudioPublishOutcome> ValidateAsync(string formId, string formJson, string? ruleSetJson, CancellationToken cancellationToken) =>
        calls.RunAsync((services, user) => services.GetRequiredService<FormPublisher>().ValidateAsync(user, formId, formJson, ruleSetJson, cancellationToken));

    public Task<StudioPublishOutcome> PublishAsync(string formId, string formJson, string? ruleSetJson, string changeNote, CancellationToken cancellationToken) =>
        calls.RunAsync((services, user) => services.GetRequiredService<FormPublisher>().PublishAsync(user, formId, formJson, ruleSetJson, changeNote, cancellationToken));

    public Task<IReadOnlyList<StudioFormVersion>> HistoryAsync(string formId, CancellationToken cancellationToken) => calls.RunAsync(async (services, _) =>
    {
        var db = services.GetRequiredService<FormsEngineDbContext>();
        var live = await db.Publications.LiveVersionAsync(formId, cancellationToken).ConfigureAwait(false);
        var pinned = await db.RuleSetVersions.AsNoTracking().Where(r => r.FormId == formId).Select(r => r.FormVersion).ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.FormVersions.AsNoTracking().Where(f => f.FormId == formId).OrderByDescending(f => f.Version)
            .Select(f => new { f.Version, f.CreatedAt, f.CreatedBy, f.ChangeNote }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return (IReadOnlyList<StudioFormVersion>)rows.Select(r => new StudioFormVersion(r.Version, DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAt).ToOffset(Hosting.ChinaTime.Offset),
            r.CreatedBy, r.ChangeNote, r.Version == live, pinned.Contains(r.Version))).ToList();
    });

    public Task<IReadOnlyList<StudioFieldChange>?> DiffAsync(string formId, int fromVersion, int toVersion, CancellationToken cancellationToken) => calls.RunAsync(async (services, _) =>
    {
        var db = services.GetRequiredService<FormsEngineDbContext>();
        var rows = await db.FormVersions.AsNoTracking().Where(f => f.FormId == formId && (f.Version == fromVersion || f.Version == toVersion))
            .ToDictionaryAsync(f => f.Version, cancellationToken).ConfigureAwait(false);
        if (!rows.TryGetValue(fromVersion, out var from) || !rows.TryGetValue(toVersion, out var to))
        {
            return null;
        }

        var changes = FormDiff.Compare(from.Json, to.Json)
            .Select(c => new StudioFieldChange(c.Kind.ToString().ToLowerInvariant(), c.Key, c.Label, c.Properties)).ToList();
        var rules = services.GetRequiredService<RuleCatalog>();
        if (FormDefinition.Load(to.Json).Form?.Eligibility?.RuleSet is { } ruleSetId
            && rules.SourceFor(formId, fromVersion, ruleSetId) != rules.SourceFor(formId, toVersion, ruleSetId))
        {
            changes.Add(new StudioFieldChange("changed", "eligibility", "资格规则 / eligibility rules", [ruleSetId]));
        }

        return (IReadOnlyList<StudioFieldChange>?)changes;
    });

    public Task<StudioPublishOutcome> RollbackAsync(string formId, int version, CancellationToken cancellationToken) => calls.RunAsync(async (services, user) =>
    {
        var db = services.GetRequiredService<FormsEngineDbContext>();
        var row = await db.FormVersions.AsNoTracking().FirstOrDefaultAsync(f => f.FormId == formId && f.Version == version, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return new StudioPublishOutcome(false, $"找不到第 {version} 版", $"there is no version {version}", [], null, null);
        }

        var ruleSetId = FormDefinition.Load(row.Json).Form?.Eligibility?.RuleSet;
        var ruleSetJson = ruleSetId is null ? null : services.GetRequiredService<RuleCatalog>().SourceFor(formId, version, ruleSetId);
        return await services.GetRequiredService<FormPublisher>()
            .PublishAsync(user, formId, row.Json, ruleSetJson, $"回滚到第 {version} 版 / rollback to version {version}", cancellationToken).ConfigureAwait(false);
    });
}
