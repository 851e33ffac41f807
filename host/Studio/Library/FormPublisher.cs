using System.Security.Claims;
using System.Text.Json.Nodes;
using FormsEngine.Designer.Operations;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Caching;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Rules;
using FormsEngine.Host.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Studio.Library;

/// <summary>
/// Publishes a community's form: checks it (<see cref="FormPublishCheck"/>), then in one transaction stores the next
/// version with its change note, pins the eligibility rule set to that version when it differs from the rule pack's
/// file, points the community's publication at it, clears the drafts and writes the audit entry. Residents get the new
/// version on their next page view; submissions keep the version they were made with.
/// </summary>
internal sealed class FormPublisher(FormsEngineDbContext db, TenantScope scope, RuleCatalog rules, AuditLog audit, TimeProvider clock, IOptions<FormsEngineHostOptions> options)
{
    /// <summary>Roles that may publish their community's forms: its admins and staff, not grid workers.</summary>
    public static bool MayPublish(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.CommunityAdmin) || user.IsInRole(StaffRoles.CommunityStaff);

    public async Task<StudioPublishOutcome> ValidateAsync(ClaimsPrincipal user, string formId, string formJson, string? ruleSetJson, CancellationToken cancellationToken) =>
        (await CheckAsync(user, formId, formJson, ruleSetJson, cancellationToken).ConfigureAwait(false)).Outcome;

    public async Task<StudioPublishOutcome> PublishAsync(ClaimsPrincipal user, string formId, string formJson, string? ruleSetJson, string changeNote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(changeNote) || changeNote.Length > 500)
        {
            return Failed("请填写 1–500 字的修改说明，方便日后查看历史", "a change note of 1–500 characters is required", []);
        }

        var (validation, form) = await CheckAsync(user, formId, formJson, ruleSetJson, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return validation;
        }

        var (street, community) = (scope.StreetId!, scope.CommunityId!);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var version = 1 + (await db.FormVersions.IgnoreQueryFilters().Where(f => f.FormId == formId).MaxAsync(f => (int?)f.Version, cancellationToken).ConfigureAwait(false) ?? 0);
        var json = JsonNode.Parse(form.ToJson())!.AsObject();
        json["version"] = version;
        db.FormVersions.Add(new FormVersionRow
        {
            FormId = formId, Version = version, Json = json.ToJsonString(StoredJson), StreetId = street, CommunityId = community,
            ChangeNote = changeNote.Trim(), CreatedAt = now, CreatedBy = user.UserName(),
        });

        var pinned = form.Eligibility is { } eligibility && ruleSetJson is not null && ruleSetJson != rules.Source(eligibility.RuleSet) ? ruleSetJson : null;
        if (pinned is not null)
        {
            var ruleSetId = form.Eligibility!.RuleSet;
            var ruleVersion = 1 + (await db.RuleSetVersions.IgnoreQueryFilters().Where(r => r.RuleSetId == ruleSetId).MaxAsync(r => (int?)r.Version, cancellationToken).ConfigureAwait(false) ?? 0);
            db.RuleSetVersions.Add(new RuleSetVersionRow
            {
                RuleSetId = ruleSetId, Version = ruleVersion, Json = pinned, StreetId = street, CommunityId = community, FormId = formId, FormVersion = version,
                ChangeNote = changeNote.Trim(), CreatedAt = now, CreatedBy = user.UserName(),
            });

            // In the same SaveChanges: other nodes pin this rule set once it is committed (docs/adr/0012).
            await CacheStamps.BumpAsync(db, CacheKinds.Rules, cancellationToken).ConfigureAwait(false);
        }

        var publication = await db.Publications.FirstOrDefaultAsync(p => p.FormId == formId, cancellationToken).ConfigureAwait(false);
        if (publication is null)
        {
            publication = new PublicationRow { StreetId = street, CommunityId = community, FormId = formId, PublishedBy = user.UserName() };
            db.Publications.Add(publication);
        }

        publication.FormVersion = version;
        publication.PublishedAt = now;
        publication.PublishedBy = user.UserName();
        publication.Active = true;
        publication.RetentionDays = form.RetentionDays ?? options.Value.DefaultRetentionDays;
        db.StudioDrafts.RemoveRange(await db.StudioDrafts.Where(d => d.DocumentId == formId && (d.Kind == StudioDraftKinds.Form || d.Kind == StudioDraftKinds.RuleSet))
            .ToListAsync(cancellationToken).ConfigureAwait(false));
        audit.Add(user.UserName(), "form.publish", $"{formId} v{version}", street, community, changeNote.Trim());
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return Failed("刚才有人同时发布了这个表单，请刷新后重试", "someone published this form at the same moment; reload and try again", []);
        }

        if (pinned is not null)
        {
            rules.Pin(formId, version, pinned);
        }

        return new StudioPublishOutcome(true, $"已发布第 {version} 版，居民扫码即可填写", $"version {version} is live", validation.Problems, version, ResidentPath(community, formId));
    }

    // Chinese keys and labels stay readable in the database.
    private static readonly System.Text.Json.JsonSerializerOptions StoredJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ResidentPath(string community, string formId) => $"/f/{Uri.EscapeDataString(community)}/{Uri.EscapeDataString(formId)}";

    /// <summary>The refusal or the checks' outcome, with the checked form when nothing blocks publishing.</summary>
    private async Task<(StudioPublishOutcome Outcome, FormsEngine.Forms.FormDefinition? Form)> CheckAsync(
        ClaimsPrincipal user, string formId, string formJson, string? ruleSetJson, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(user, formId, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return (refusal, null);
        }

        var check = FormPublishCheck.Run(formId, formJson, ruleSetJson, options.Value.MaxFormBytes);
        return check.Form is null
            ? (Failed($"发现 {check.Problems.Count(p => p.IsError)} 个问题，请改正后再发布", "fix the problems listed before publishing", check.Problems), null)
            : (new StudioPublishOutcome(true, "检查通过，可以发布", "every check passed", check.Problems, null, null), check.Form);
    }

    /// <summary>Why this user may not publish <paramref name="formId"/> here, or null when they may.</summary>
    private async Task<StudioPublishOutcome?> RefuseAsync(ClaimsPrincipal user, string formId, CancellationToken cancellationToken)
    {
        if (!MayPublish(user) || scope.StreetId is null || scope.CommunityId is null)
        {
            return Failed("只有社区管理员和社区工作人员可以发布本社区的表单", "only community admins and staff may publish their community's forms", []);
        }

        if (!StudioFormIds.IsValid(formId))
        {
            return Failed("表单编号只能由小写字母、数字和短横线组成（2–64 位）", "a form id is 2–64 lowercase letters, digits and hyphens", []);
        }

        // Form ids are global: one owned by another street or community cannot be taken over.
        var owners = await db.FormVersions.IgnoreQueryFilters().Where(f => f.FormId == formId).Select(f => new { f.StreetId, f.CommunityId })
            .Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return owners.Exists(o => o.StreetId != scope.StreetId || (o.CommunityId is not null && o.CommunityId != scope.CommunityId))
            ? Failed($"表单编号“{formId}”已被其他社区使用，请换一个", $"the form id '{formId}' belongs to another community", [])
            : null;
    }

    private static StudioPublishOutcome Failed(string messageZh, string messageEn, IReadOnlyList<StudioProblem> problems) => new(false, messageZh, messageEn, problems, null, null);
}
