namespace FormsEngine.Host.Submissions;

/// <summary>The filters of the submissions list and export; every one is optional.</summary>
internal sealed record SubmissionFilter
{
    public string? FormId { get; init; }

    public string? CommunityId { get; init; }

    public string? GridId { get; init; }

    public string? Outcome { get; init; }

    public string? Reference { get; init; }

    /// <summary>Finds submissions naming this ID number, through the keyed hashes.</summary>
    public string? IdNumber { get; init; }

    /// <summary>Finds submissions naming this mobile number, through the keyed hashes.</summary>
    public string? Mobile { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }
}
