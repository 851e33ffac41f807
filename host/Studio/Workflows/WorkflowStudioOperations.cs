using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Designer.Operations;
using FormsEngine.Diagnostics;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Caching;
using FormsEngine.Host.Data;
using FormsEngine.Host.Studio.Library;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Workflows;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Activities;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Persistence;

namespace FormsEngine.Host.Studio.Workflows;

/// <summary>
/// The workflow editor's seam on the host: definitions come from the durable workflow store, publishing goes through
/// <see cref="WorkflowRuntime.PublishAsync"/> after the engine's checks, and only community and street admins may
/// publish. Each call runs through <see cref="StudioCalls"/> (its own DI scope with the circuit user's tenancy).
/// Definitions are shared by every community (the store is not per tenant), so a publication applies to all of them;
/// drafts are the community's own (<see cref="StudioDrafts"/>, kind <c>workflow</c>) and are removed when published.
/// </summary>
internal sealed class WorkflowStudioOperations(StudioCalls calls, TimeProvider clock) : IWorkflowStudioOperations
{
    private const int MaxNoteLength = 500;
    private const string NotAllowedZh = "流程由全街道各社区共用，只有街道管理员可以发布；社区管理员可以保存草稿";
    private const string NotAllowedEn = "workflows are shared by every community, so only street admins may publish them; community admins may save drafts";

    public Task<IReadOnlyList<WorkflowListItem>> ListAsync(CancellationToken cancellationToken) => RunAsync(async (services, _) =>
    {
        var rows = await services.GetRequiredService<EfWorkflowStore>().ListDefinitionsAsync(cancellationToken).ConfigureAwait(false);
        return (IReadOnlyList<WorkflowListItem>)rows.GroupBy(r => r.DefinitionId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.Version)!)
            .OrderBy(r => r.DefinitionId, StringComparer.Ordinal)
            .Select(r => WorkflowDefinition.Load(r.Json).Definition is { } d
                ? new WorkflowListItem(r.DefinitionId, d.Name, r.Version, TriggerForms(d))
                : new WorkflowListItem(r.DefinitionId, null, r.Version, []))
            .ToList();
    });

    public Task<WorkflowDocument?> OpenAsync(string id, CancellationToken cancellationToken) => RunAsync(async (services, user) =>
    {
        if (await LatestAsync(services, id, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return null;
        }

        var draft = await services.GetRequiredService<StudioDrafts>().FindAsync(StudioDraftKinds.Workflow, id, cancellationToken).ConfigureAwait(false);
        return draft is null
            ? new WorkflowDocument(row.DefinitionId, row.Version, row.Json, MayPublish(user)) { MayEdit = MayEdit(user) }
            : new WorkflowDocument(row.DefinitionId, row.Version, draft.Json, MayPublish(user))
            {
                MayEdit = MayEdit(user),
                DraftSavedAt = DateTimeOffset.FromUnixTimeMilliseconds(draft.UpdatedAt),
                DraftSavedBy = draft.UpdatedBy,
            };
    });

    public Task<WorkflowActionResult> SaveDraftAsync(string id, string json, CancellationToken cancellationToken) => RunAsync(async (services, user) =>
    {
        if (!MayEdit(user))
        {
            return new WorkflowActionResult(false, "只有社区管理员或街道管理员可以修改流程", "only community admins and street admins may edit workflows");
        }

        if (await LatestAsync(services, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return new WorkflowActionResult(false, $"流程“{id}”不存在", $"workflow '{id}' does not exist");
        }

        if (Parse(json, id) is { } problem)
        {
            return new WorkflowActionResult(false, problem.MessageZh, problem.MessageEn);
        }

        return await services.GetRequiredService<StudioDrafts>().SaveAsync(StudioDraftKinds.Workflow, id, json, user.UserName(), cancellationToken).ConfigureAwait(false)
            ? new WorkflowActionResult(true, "草稿已保存（尚未发布）", "draft saved (not published yet)")
            : new WorkflowActionResult(false, "草稿属于一个社区：请用社区账号保存（或草稿过大）", "drafts belong to one community: save with a community account (or the draft is too large)");
    });

    public Task<IReadOnlyList<WorkflowVersionInfo>> ListVersionsAsync(string id, CancellationToken cancellationToken) => RunAsync(async (services, _) =>
    {
        var rows = await services.GetRequiredService<EfWorkflowStore>().ListDefinitionsAsync(cancellationToken).ConfigureAwait(false);
        return (IReadOnlyList<WorkflowVersionInfo>)rows.Where(r => r.DefinitionId == id).OrderByDescending(r => r.Version)
            .Select(r => (Row: r, Mark: StudioPublication.Read(r.Json)))
            .Select(x => new WorkflowVersionInfo(x.Row.Version, DateTimeOffset.FromUnixTimeMilliseconds(x.Row.PublishedAt), x.Mark?.By, x.Mark?.Note, x.Mark is not null))
            .ToList();
    });

    public Task<WorkflowPublishResult> PublishAsync(string id, string json, string changeNote, CancellationToken cancellationToken) => RunAsync(async (services, user) =>
    {
        if (!MayPublish(user))
        {
            return Refused(NotAllowedZh, NotAllowedEn);
        }

        var note = changeNote?.Trim() ?? "";
        if (note.Length == 0 || note.Length > MaxNoteLength)
        {
            return Refused($"请填写修改说明（1–{MaxNoteLength} 字）", $"please give a change note (1–{MaxNoteLength} characters)");
        }

        if (await LatestAsync(services, id, cancellationToken).ConfigureAwait(false) is not { } latest)
        {
            return Refused($"流程“{id}”不存在", $"workflow '{id}' does not exist");
        }

        if (Parse(json, id) is { } parseProblem)
        {
            return Refused(parseProblem.MessageZh, parseProblem.MessageEn, [parseProblem]);
        }

        var document = (JsonObject)JsonNode.Parse(json)!;
        var version = latest.Version + 1;
        document["version"] = version;
        StudioPublication.Stamp(document, user.UserName(), note, clock.GetUtcNow());
        var loaded = WorkflowDefinition.Load(document.ToJsonString());
        var problems = loaded.Definition is { } definition
            ? await services.GetRequiredService<WorkflowRuntime>().PublishAsync(definition, cancellationToken).ConfigureAwait(false)
            : loaded.Diagnostics;
        if (loaded.Definition is null || problems.Count > 0)
        {
            var list = problems.Select(ToProblem).ToList();
            return Refused($"流程有 {list.Count(p => p.IsError)} 个问题，未发布", $"the workflow has {list.Count(p => p.IsError)} problem(s) and was not published", list);
        }

        services.GetRequiredService<WorkflowCatalog>().AddPublished(loaded.Definition);

        // The definition is committed by the workflow store; the stamp follows it, so a node that sees the stamp finds it.
        var db = services.GetRequiredService<FormsEngineDbContext>();
        await CacheStamps.BumpAsync(db, CacheKinds.Workflows, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<StudioDrafts>().DeleteAsync(StudioDraftKinds.Workflow, id, cancellationToken).ConfigureAwait(false);
        await AuditAsync(services, user, id, version, note, cancellationToken).ConfigureAwait(false);
        return new WorkflowPublishResult(true, version, $"已发布流程“{id}”的版本 {version}", $"published version {version} of '{id}'", []);
    });

    /// <summary>Community and street admins may change a workflow and save a draft.</summary>
    private static bool MayEdit(ClaimsPrincipal user) => user.Role() is StaffRoles.CommunityAdmin or StaffRoles.StreetAdmin;

    /// <summary>A definition is shared by every community (the runtime has no tenant), so only a street admin publishes one.</summary>
    private static bool MayPublish(ClaimsPrincipal user) => user.Role() is StaffRoles.StreetAdmin;

    private static IReadOnlyList<string> TriggerForms(WorkflowDefinition definition) =>
        definition.Trigger is FormSubmittedActivity { Form: { } form } ? [form] : [];

    private static async Task<DefinitionRow?> LatestAsync(IServiceProvider services, string id, CancellationToken cancellationToken) =>
        (await services.GetRequiredService<EfWorkflowStore>().ListDefinitionsAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => r.DefinitionId == id).MaxBy(r => r.Version);

    /// <summary>A problem with the text itself (not JSON, not an object, another workflow's id), or null.</summary>
    private static WorkflowProblem? Parse(string? json, string id)
    {
        try
        {
            if (JsonNode.Parse(json ?? "") is not JsonObject document)
            {
                return new WorkflowProblem("workflow.notObject", "$", "流程定义必须是 JSON 对象", "a workflow definition must be a JSON object", true);
            }

            return document["id"] is JsonValue v && v.TryGetValue<string>(out var s) && s == id ? null
                : new WorkflowProblem("workflow.id", "$.id", $"流程 id 必须是“{id}”", $"the workflow id must be '{id}'", true);
        }
        catch (JsonException ex)
        {
            var at = $"{(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}";
            return new WorkflowProblem("workflow.json", "$", $"JSON 格式错误（{at}）：{ex.Message}", $"malformed JSON at {at}: {ex.Message}", true);
        }
    }

    private static WorkflowProblem ToProblem(Diagnostic d) => new(d.Code, d.Path ?? "$", d.MessageZh, d.MessageEn, d.IsError);

    private static WorkflowPublishResult Refused(string zh, string en, IReadOnlyList<WorkflowProblem>? problems = null) =>
        new(false, null, zh, en, problems ?? []);

    private static async Task AuditAsync(IServiceProvider services, ClaimsPrincipal user, string id, int version, string note, CancellationToken cancellationToken)
    {
        var street = user.FindFirstValue(StaffClaims.Street);
        if (!string.IsNullOrEmpty(street))
        {
            await services.GetRequiredService<AuditLog>().WriteAsync(user.UserName(), "workflow.publish", $"{id}@{version}", street,
                user.FindFirstValue(StaffClaims.Community), note, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<T> RunAsync<T>(Func<IServiceProvider, ClaimsPrincipal, Task<T>> work) => calls.RunAsync(work);
}
