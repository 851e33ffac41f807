using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>
/// A keyed hash (HMAC-SHA256) of one personal value of a submission — an ID number or a phone — so staff can find and
/// de-duplicate submissions by it without the value being stored in clear.
/// </summary>
internal sealed class SubmissionHashRow : ITenantOwned
{
    public long Id { get; set; }

    public required string SubmissionId { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    /// <summary>The kind of value: <c>idNumber</c> or <c>mobile</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Base64url of the HMAC.</summary>
    public required string Hash { get; set; }
}
