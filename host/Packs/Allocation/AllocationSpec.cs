namespace FormsEngine.Host.Packs.Allocation;

/// <summary>
/// How a pack's verified households are allocated in batches: which workflow and end status make a household a
/// candidate, which of its input fields give the group (grid), tier, score and tie-break values, and which parameters
/// give the per-group quota and the tie-break rule. Only the supply-priority pack has one today; a manifest section
/// can replace this table when a second pack needs it.
/// </summary>
internal sealed record AllocationSpec(
    string PackId,
    string WorkflowId,
    string Status,
    string GroupField,
    string TierField,
    IReadOnlyList<string> Tiers,
    string ScoreField,
    string QuotaParameter,
    string TieBreakParameter,
    IReadOnlyDictionary<string, string> TieBreakFields)
{
    public static AllocationSpec SupplyPriority { get; } = new(
        "supply-priority",
        "supply-priority-verification",
        "verified",
        "网格",
        "优先等级",
        ["第一批", "第二批", "常规批次"],
        "优先积分",
        "gridQuota",
        "tieBreak",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["家庭人数多者优先"] = "家庭人数", ["特殊情况项数多者优先"] = "特殊情况项数" });

    public static AllocationSpec? For(string packId) => packId == SupplyPriority.PackId ? SupplyPriority : null;
}

/// <summary>One batch as the API shows it: its number, quota and tie-break, every household's place, and the fairness audit per group.</summary>
internal sealed record AllocationBatch(int Batch, int Quota, string TieBreak, IReadOnlyList<AllocationBatchEntry> Placements, IReadOnlyList<FormsEngine.Packs.Allocation.AllocationGroupAudit> Audit);

/// <summary>One household's place, named by its submission reference (no personal data).</summary>
internal sealed record AllocationBatchEntry(string Reference, string Group, int Position, bool Allocated, int? WaitlistPosition, string Explanation);
