namespace FormsEngine.Packs.Allocation;

/// <summary>Where one household ended up: its place in its group's order, allocated or on the waitlist, and why, in Chinese.</summary>
public sealed record AllocationPlacement(AllocationCandidate Candidate, int Position, bool Allocated, int? WaitlistPosition, string ExplanationZh);

/// <summary>
/// The fairness record of one group: its quota, how many were allocated and waitlisted, the weakest allocated and the
/// strongest waitlisted household, and whether every allocated household ranks ahead of every waitlisted one.
/// </summary>
public sealed record AllocationGroupAudit(string Group, int Quota, int Allocated, int Waitlisted, string? LastAllocated, string? FirstWaitlisted, bool OrderHolds);
