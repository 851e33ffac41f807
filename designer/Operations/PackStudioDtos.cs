namespace FormsEngine.Designer.Operations;

/// <summary>A pack of the caller's street office.</summary>
public sealed record StudioPack(
    string Id,
    string NameZh,
    string? NameEn,
    string DescriptionZh,
    string Publisher,
    IReadOnlyList<StudioPackVersion> Versions,
    IReadOnlyList<StudioPackCommunity> Communities,
    string? CampaignText)
{
    /// <summary>The newest imported version.</summary>
    public string LatestVersion => Versions.Count == 0 ? "" : Versions[0].Version;
}

/// <summary>An imported version: its semantic version, content hash, forms and who imported it when.</summary>
public sealed record StudioPackVersion(string Version, string ContentHash, DateTimeOffset ImportedAt, string ImportedBy, IReadOnlyList<string> Forms, int Cases);

/// <summary>Where a community stands: the version it runs, and an offered newer one with the date it must move by.</summary>
public sealed record StudioPackCommunity(string CommunityId, string Name, string? Version, string? OfferedVersion, DateOnly? StayUntil);

/// <summary>The outcome of an import: the stored version and hash, or every problem that refused it.</summary>
public sealed record StudioPackImportOutcome(bool Succeeded, string MessageZh, string MessageEn, string? PackId, string? Version, string? ContentHash, IReadOnlyList<StudioProblem> Problems);

/// <summary>The effective parameters of a pack at one level, and whether the caller may change them there.</summary>
public sealed record StudioPackSettings(string PackId, string Version, string? CommunityId, string LevelZh, bool MayEdit, IReadOnlyList<StudioPackSetting> Settings, IReadOnlyList<StudioProblem> Problems);

/// <summary>
/// One parameter or optional part: <paramref name="Type"/> is integer, number, text, choice, role, boolean, date or
/// part; <paramref name="ValueJson"/> the effective value as JSON; <paramref name="Source"/> pack, street or community;
/// <paramref name="OwnJson"/> this level's own override as JSON, or null.
/// </summary>
public sealed record StudioPackSetting(
    string Name,
    string LabelZh,
    string DescriptionZh,
    string Type,
    string ValueJson,
    string Source,
    string? OwnJson,
    string AllowedZh,
    IReadOnlyList<string> Values,
    double? Min,
    double? Max);

/// <summary>An offered upgrade: what changes and what it would do to the community's stored submissions.</summary>
public sealed record StudioPackUpgrade(string PackId, string FromVersion, string ToVersion, DateOnly? StayUntil, IReadOnlyList<StudioPackChange> Changes, IReadOnlyList<StudioPackWhatIf> WhatIf);

/// <summary>One change: <paramref name="Kind"/> is form, rule, parameter, part, table or workflow; <paramref name="Where"/> names it.</summary>
public sealed record StudioPackChange(string Kind, string Where, string TextZh, string TextEn);

/// <summary>What-if for one form: of <paramref name="Total"/> stored submissions, who would gain or lose eligibility.</summary>
public sealed record StudioPackWhatIf(string FormId, string FormTitle, int Total, int Gained, int Lost, int EventsChanged, IReadOnlyList<string> Examples);
