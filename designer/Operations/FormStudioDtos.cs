namespace FormsEngine.Designer.Operations;

/// <summary>
/// One row of the form library. <c>LiveVersion</c> is the version residents of the user's community get (null when not
/// published there); <c>ResidentPath</c> is the resident page's path (<c>/f/{community}/{form}</c>) when live.
/// </summary>
public sealed record StudioFormSummary(string Id, string Title, int? LatestVersion, int? LiveVersion, bool HasDraft, DateTimeOffset? DraftSavedAt, string? ResidentPath);

/// <summary>
/// A form opened for editing: the draft when there is one, else the latest visible version. <c>RuleSetId</c> names the
/// rule set deciding eligibility (<c>eligibility.ruleSet</c>); <c>RuleSetJson</c> is that rule set as this form would
/// use it (draft, the version pinned to the form, or the rule pack's file).
/// </summary>
public sealed record StudioFormDocument(
    string Id, string FormJson, bool FromDraft, int? LatestVersion, int? LiveVersion, string? ResidentPath, string CommunityName,
    string? RuleSetId, string? RuleSetJson, bool MayPublish);

/// <summary>The result of a save.</summary>
public sealed record StudioOutcome(bool Succeeded, string MessageZh, string MessageEn);

/// <summary>The result of a validation or a publication: every problem found, or the version now live.</summary>
public sealed record StudioPublishOutcome(bool Succeeded, string MessageZh, string MessageEn, IReadOnlyList<StudioProblem> Problems, int? Version, string? ResidentPath);

/// <summary>One publish check that failed or warned, with where it is (<c>form $.fields[2].calculate</c>, <c>rules $.Rules[0]</c>).</summary>
public sealed record StudioProblem(string Where, string MessageZh, string MessageEn, bool IsError);

/// <summary>One stored version of a form.</summary>
public sealed record StudioFormVersion(int Version, DateTimeOffset CreatedAt, string CreatedBy, string? ChangeNote, bool Live, bool HasRuleSet);

/// <summary>One field's change between two versions: <see cref="Kind"/> is <c>added</c>, <c>changed</c> or <c>removed</c>.</summary>
public sealed record StudioFieldChange(string Kind, string Key, string Label, IReadOnlyList<string> Properties);
