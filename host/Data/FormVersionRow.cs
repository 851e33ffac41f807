namespace FormsEngine.Host.Data;

/// <summary>One saved version of a form definition (its JSON as the engine writes it). Versions are never changed.</summary>
internal sealed class FormVersionRow
{
    public required string FormId { get; set; }

    public int Version { get; set; }

    public required string Json { get; set; }

    /// <summary>The street office whose library holds the form.</summary>
    public required string StreetId { get; set; }

    /// <summary>The community that designed it, or null for a street-wide form.</summary>
    public string? CommunityId { get; set; }

    public string? ChangeNote { get; set; }

    public long CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
