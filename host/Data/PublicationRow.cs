using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>
/// A form published to one community, reachable by residents at <c>/f/{CommunityId}/{FormId}</c>. Publishing a new
/// version moves <see cref="FormVersion"/>; submissions keep the version they were made with.
/// </summary>
internal sealed class PublicationRow : ITenantOwned
{
    public long Id { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    public required string FormId { get; set; }

    public int FormVersion { get; set; }

    public long PublishedAt { get; set; }

    public required string PublishedBy { get; set; }

    /// <summary>When the campaign ends and the form closes to new submissions (Unix ms), or null.</summary>
    public long? ClosesAt { get; set; }

    /// <summary>Days personal data is kept after <see cref="ClosesAt"/> (or after each submission when open-ended).</summary>
    public int RetentionDays { get; set; }

    /// <summary>False once withdrawn: the page says the form is closed.</summary>
    public bool Active { get; set; } = true;

    /// <summary>When a campaign opens (Unix ms): before it the page says the form is not open yet; null when open now.</summary>
    public long? OpensAt { get; set; }

    /// <summary>The rule pack that manages this publication (its version moves with the pack's), or null for a form published on its own.</summary>
    public string? PackId { get; set; }
}
