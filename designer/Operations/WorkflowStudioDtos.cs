namespace FormsEngine.Designer.Operations;

/// <summary>One workflow in the studio's list: id, name, latest published version and the forms whose submissions start it.</summary>
public sealed record WorkflowListItem(string Id, string? Name, int LatestVersion, IReadOnlyList<string> TriggerForms);

/// <summary>The latest published JSON of a workflow and whether the signed-in user may publish a new version.</summary>
public sealed record WorkflowDocument(string Id, int Version, string Json, bool MayPublish);

/// <summary>
/// One published version: when, by whom (null for versions published from <c>rulepacks/workflows</c> at start-up),
/// and the change note given in the studio.
/// </summary>
public sealed record WorkflowVersionInfo(int Version, DateTimeOffset PublishedAt, string? PublishedBy, string? ChangeNote, bool FromStudio);

/// <summary>A problem found when publishing, with its JSON path and both languages.</summary>
public sealed record WorkflowProblem(string Code, string Path, string MessageZh, string MessageEn, bool IsError);

/// <summary>The result of publishing: the new version, or the bilingual reason and the engine's problems.</summary>
public sealed record WorkflowPublishResult(bool Succeeded, int? Version, string MessageZh, string MessageEn, IReadOnlyList<WorkflowProblem> Problems);
