using System.Text.Json.Nodes;
using FormsEngine.Packs;

namespace FormsEngine.Host.Packs;

/// <summary>A pack of the caller's street office with its versions and where each community stands.</summary>
internal sealed record PackSummary(string Id, string NameZh, string? NameEn, string DescriptionZh, string Publisher, string? Campaign,
    IReadOnlyList<PackVersionSummary> Versions, IReadOnlyList<PackCommunityState> Communities);

/// <summary>An imported version.</summary>
internal sealed record PackVersionSummary(string Version, string ContentHash, DateTimeOffset ImportedAt, string ImportedBy, IReadOnlyList<string> Forms, int Cases);

/// <summary>The version a community runs and any offered upgrade.</summary>
internal sealed record PackCommunityState(string CommunityId, string Name, string? Version, string? OfferedVersion, DateTimeOffset? StayUntil);

/// <summary>The effective settings of a pack at one level (a community, or the street when <see cref="CommunityId"/> is null).</summary>
internal sealed record PackSettingsView(RulePack Pack, string? CommunityId, PackConfiguration Configuration, JsonObject Own, bool MayEdit);
