using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>
/// A resident's submission. <see cref="MaskedJson"/> holds the answers with personal fields masked (what lists show);
/// <see cref="SealedAnswers"/> holds the full answers encrypted with ASP.NET Data Protection, opened only for a role
/// that may and always audited. After the retention period the sealed answers are erased.
/// </summary>
internal sealed class SubmissionRow : ITenantOwned
{
    /// <summary>A version-7 GUID (time-ordered) in "N" format.</summary>
    public required string Id { get; set; }

    /// <summary>What the resident keeps, e.g. <c>DQ-261122-7K3M9P</c>.</summary>
    public required string Reference { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    public string? GridId { get; set; }

    public string? BuildingId { get; set; }

    public long PublicationId { get; set; }

    public required string FormId { get; set; }

    public int FormVersion { get; set; }

    public long SubmittedAt { get; set; }

    public required string MaskedJson { get; set; }

    /// <summary>The encrypted full answers; null once purged.</summary>
    public byte[]? SealedAnswers { get; set; }

    /// <summary><c>eligible</c>, <c>ineligible</c> or null when the form has no eligibility rules.</summary>
    public string? Outcome { get; set; }

    /// <summary>The plain-Chinese explanation the resident saw.</summary>
    public string? Explanation { get; set; }

    /// <summary>The token of the page the resident submitted from; a repeat of it stores nothing new.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>When the sealed answers are erased (Unix ms), or null while the campaign is open-ended.</summary>
    public long? RetainUntil { get; set; }

    public long? PurgedAt { get; set; }
}
