using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>
/// A rule pack published to one community: the version its forms run (<see cref="Version"/>) and, while the street
/// office lets it stay on that version, the newer one offered (<see cref="OfferedVersion"/>) and the deadline after
/// which it moves on its own (<see cref="StayUntil"/>).
/// </summary>
internal sealed class PackPublicationRow : ITenantOwned
{
    public long Id { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    public required string PackId { get; set; }

    public required string Version { get; set; }

    public string? OfferedVersion { get; set; }

    /// <summary>When the community moves to <see cref="OfferedVersion"/> at the latest (Unix ms), or null.</summary>
    public long? StayUntil { get; set; }

    public long PublishedAt { get; set; }

    public required string PublishedBy { get; set; }
}
