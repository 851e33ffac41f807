namespace FormsEngine.Host.Data;

/// <summary>
/// One published version of a rule set (RulesEngine-format JSON) made in the studio. Versions are never changed; the
/// rule catalog prefers the latest of these over a file of the same id under <c>rulepacks/rules</c>.
/// </summary>
internal sealed class RuleSetVersionRow
{
    public required string RuleSetId { get; set; }

    public int Version { get; set; }

    public required string Json { get; set; }

    /// <summary>The street office whose library holds the rule set.</summary>
    public required string StreetId { get; set; }

    /// <summary>The community that published it, or null for a street-wide rule set.</summary>
    public string? CommunityId { get; set; }

    public string? ChangeNote { get; set; }

    public long CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
