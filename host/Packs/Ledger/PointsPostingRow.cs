using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Packs.Ledger;

/// <summary>
/// The poster's work log (<c>points_postings</c>): one row per completed workflow instance it has looked at, whatever
/// came of it (<c>credit</c>, <c>debit</c>, <c>refused</c>, <c>none</c>), so an instance is handled exactly once and a
/// rejected record is not re-read on every tick.
/// </summary>
internal sealed class PointsPostingRow : ITenantOwned
{
    public required string InstanceId { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    public required string Outcome { get; set; }

    public long At { get; set; }
}
