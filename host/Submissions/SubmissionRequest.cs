using System.Text.Json.Nodes;
using FormsEngine.Host.Data;

namespace FormsEngine.Host.Submissions;

/// <summary>One submission as it arrives, from the resident page or the staff API.</summary>
/// <param name="Publication">The publication it is for (its community and form version).</param>
/// <param name="Answers">The answers, with file answers already pointing at <see cref="Uploads"/>.</param>
/// <param name="IdempotencyKey">The page's one-time token (or the API's Idempotency-Key header).</param>
/// <param name="Actor">Who submits: <c>resident</c> or a staff account.</param>
internal sealed record SubmissionRequest(PublicationRow Publication, JsonObject Answers, string IdempotencyKey, string Actor)
{
    /// <summary>The building whose door QR code the resident scanned, or null.</summary>
    public string? BuildingId { get; init; }

    /// <summary>The building, when the caller already resolved <see cref="BuildingId"/> within the community.</summary>
    public TenantRow? Building { get; init; }

    /// <summary>Uploaded files, already sniffed and accepted.</summary>
    public IReadOnlyList<PendingUpload> Uploads { get; init; } = [];
}

/// <summary>A file that arrived with a submission, kept (encrypted) in the same transaction.</summary>
internal sealed record PendingUpload(string Id, string Name, string ContentType, byte[] Content);
