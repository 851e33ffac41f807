using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>
/// One entry of the append-only points ledger (<c>points_ledger</c>). An account is a volunteer's phone within one
/// community, stored only as its keyed hash. Entries are never updated or deleted; a correction is a new entry. Each
/// entry carries the account's running balance and a SHA-256 chain over the account's entries, so an edited row shows.
/// </summary>
internal sealed class PointsLedgerRow : ITenantOwned
{
    public long Id { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    /// <summary>Keyed hash (HMAC) of the volunteer's phone, as in <c>submission_hashes</c>; never the phone itself.</summary>
    public required string Account { get; set; }

    /// <summary>1, 2, 3… per (community, account); unique, so two writers cannot both append the same next entry.</summary>
    public long Sequence { get; set; }

    /// <summary><c>credit</c> or <c>debit</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Positive for a credit, negative for a debit.</summary>
    public long Points { get; set; }

    /// <summary>The account's balance after this entry; never negative.</summary>
    public long BalanceAfter { get; set; }

    public required string SubmissionId { get; set; }

    /// <summary>The workflow instance that caused the entry; unique per kind, so an instance never posts twice.</summary>
    public required string InstanceId { get; set; }

    /// <summary>Unix milliseconds.</summary>
    public long At { get; set; }

    public required string By { get; set; }

    public string? Note { get; set; }

    /// <summary>The hash of the account's previous entry, or empty for the first.</summary>
    public required string PreviousHash { get; set; }

    /// <summary>Hex SHA-256 over this entry's fields and <see cref="PreviousHash"/>.</summary>
    public required string Hash { get; set; }
}
