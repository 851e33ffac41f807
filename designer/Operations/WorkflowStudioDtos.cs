namespace FormsEngine.Designer.Operations;

/// <summary>One workflow in the studio's list: id, name, latest published version and the forms whose submissions start it.</summary>
public sealed record WorkflowListItem(string Id, string? Name, int LatestVersion, IReadOnlyList<string> TriggerForms);

/// <summary>
/// A workflow to edit: the community's saved draft when there is one, otherwise the latest published JSON; the latest
/// published version; whether the signed-in user may edit and save a draft (community and street admins), and whether
/// they may publish (street admins only: a workflow definition is shared by every community of the deployment).
/// </summary>
public sealed record WorkflowDocument(string Id, int Version, string Json, bool MayPublish)
{
    /// <summary>Whether the user may change the workflow and save a draft.</summary>
    public bool MayEdit { get; init; }

    /// <summary>When the draft in <see cref="Json"/> was saved; null when <see cref="Json"/> is the published version.</summary>
    public DateTimeOffset? DraftSavedAt { get; init; }

    /// <summary>Who saved the draft.</summary>
    public string? DraftSavedBy { get; init; }
}

/// <summary>The result of saving a draft, in both languages.</summary>
public sealed record WorkflowActionResult(bool Succeeded, string MessageZh, string MessageEn);

/// <summary>
/// One published version: when, by whom (null for versions published from <c>rulepacks/workflows</c> at start-up),
/// and the change note given in the studio.
/// </summary>
public sealed record WorkflowVersionInfo(int Version, DateTimeOffset PublishedAt, string? PublishedBy, string? ChangeNote, bool FromStudio);

/// <summary>A problem found when publishing, with its JSON path and both languages.</summary>
public sealed record WorkflowProblem(string Code, string Path, string MessageZh, string MessageEn, bool IsError);

/// <summary>The result of publishing: the new version, or the bilingual reason and the engine's problems.</summary>
public sealed record WorkflowPublishResult(bool Succeeded, int? Version, string MessageZh, string MessageEn, IReadOnlyList<WorkflowProblem> Problems);
