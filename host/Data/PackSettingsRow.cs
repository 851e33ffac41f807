namespace FormsEngine.Host.Data;

/// <summary>
/// The parameter overrides of one level for one pack: the street office's (<see cref="CommunityId"/> empty) or one
/// community's. Values are JSON by parameter name (<c>{"minAge": 75, "part_streetReview": false}</c>); they survive
/// upgrades and are checked again against each new version's ranges.
/// </summary>
internal sealed class PackSettingsRow
{
    /// <summary>The value of <see cref="CommunityId"/> for the street office's own level.</summary>
    public const string StreetLevel = "";

    public long Id { get; set; }

    public required string StreetId { get; set; }

    public required string CommunityId { get; set; }

    public required string PackId { get; set; }

    public required string ValuesJson { get; set; }

    public long UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
