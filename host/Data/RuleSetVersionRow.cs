namespace FormsEngine.Host.Data;

/// <summary>
/// One published version of a rule set (RulesEngine-format JSON) made in the studio, pinned to the form version it was
/// published with: that form version evaluates this rule set instead of the file of the same id under
/// <c>rulepacks/rules</c>. Form versions belong to one community, so one community's edit never changes another's
/// outcomes. Versions are never changed.
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

    /// <summary>The form whose eligibility this version decides.</summary>
    public required string FormId { get; set; }

    /// <summary>The form version this rule set was published with.</summary>
    public int FormVersion { get; set; }

    public string? ChangeNote { get; set; }

    public long CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
