using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>An uploaded file (a photo, a document), encrypted like the answers, sniffed by content before it is kept.</summary>
internal sealed class UploadRow : ITenantOwned
{
    public required string Id { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    public required string SubmissionId { get; set; }

    public required string Name { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>The encrypted bytes; null once purged.</summary>
    public byte[]? SealedBytes { get; set; }
}
