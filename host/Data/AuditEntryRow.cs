namespace FormsEngine.Host.Data;

/// <summary>
/// One line of the host's audit log: who saw personal data unmasked, exported, published, purged, signed in or was
/// locked out. Append-only: nothing updates or deletes these rows.
/// </summary>
internal sealed class AuditEntryRow
{
    public long Id { get; set; }

    public long At { get; set; }

    public required string StreetId { get; set; }

    public string? CommunityId { get; set; }

    /// <summary>The account, or <c>system</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>E.g. <c>submission.unmask</c>, <c>export.xlsx</c>, <c>retention.purge</c>, <c>account.lockout</c>.</summary>
    public required string Action { get; set; }

    /// <summary>What it was about: a submission id, a form id.</summary>
    public required string Subject { get; set; }

    /// <summary>A short detail (never personal data in clear).</summary>
    public string? Detail { get; set; }
}
