namespace FormsEngine.Packs.Allocation;

/// <summary>
/// A household waiting for scarce supplies: its group (grid), tier (0 = first batch), priority score, the value the
/// tie-break compares (household size, number of special situations; 0 when the tie-break is submission time), when
/// it applied, and where it stood on an earlier batch's waitlist (null when new).
/// </summary>
public sealed record AllocationCandidate(string Id, string Group, int Tier, decimal Score, decimal TieValue, DateTimeOffset SubmittedAt, string Label)
{
    /// <summary>The household's place on the previous batch's waitlist of its group; such households are served first.</summary>
    public int? CarriedWaitlistPosition { get; init; }
}
