using System.Globalization;

namespace FormsEngine.Packs.Allocation;

/// <summary>
/// Allocates one batch per group (grid) under a quota: households carried over from the previous batch's waitlist first
/// (in their waitlist order), then by tier (first batch before second before regular), score (high first), the
/// tie-break value (high first, when the tie-break uses one), submission time (early first) and id. The first
/// <c>quota</c> of each group are allocated, the rest wait in order. Every placement is explained, and each group gets an
/// audit line that checks the order really holds.
/// </summary>
public static class QuotaAllocator
{
    /// <summary>Allocates <paramref name="candidates"/> with <paramref name="quota"/> households per group.</summary>
    public static (IReadOnlyList<AllocationPlacement> Placements, IReadOnlyList<AllocationGroupAudit> Audit) Allocate(
        IEnumerable<AllocationCandidate> candidates, int quota, IReadOnlyList<string> tierNames, string tieBreakName)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(tierNames);
        ArgumentOutOfRangeException.ThrowIfNegative(quota);
        var placements = new List<AllocationPlacement>();
        var audit = new List<AllocationGroupAudit>();
        foreach (var group in candidates.GroupBy(c => c.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group.Order(Comparer).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var c = ordered[i];
                var allocated = i < quota;
                var tier = c.Tier >= 0 && c.Tier < tierNames.Count ? tierNames[c.Tier] : c.Tier.ToString(CultureInfo.InvariantCulture);
                var why = c.CarriedWaitlistPosition is { } carried
                    ? $"上一批候补第 {carried} 位，本批优先"
                    : $"{tier}，积分 {c.Score.ToString("0.##", CultureInfo.InvariantCulture)}，同分按“{tieBreakName}”";
                placements.Add(new AllocationPlacement(c, i + 1, allocated, allocated ? null : i - quota + 1,
                    allocated
                        ? $"{c.Group} 第 {i + 1} 位（{why}）：本批配额 {quota} 户，已分配"
                        : $"{c.Group} 第 {i + 1} 位（{why}）：本批配额 {quota} 户已满，候补第 {i - quota + 1} 位"));
            }

            var last = Math.Min(quota, ordered.Count) - 1;
            var holds = ordered.Take(quota).All(a => ordered.Skip(quota).All(w => Comparer.Compare(a, w) <= 0));
            audit.Add(new AllocationGroupAudit(group.Key, quota, last + 1, Math.Max(0, ordered.Count - quota),
                last >= 0 ? ordered[last].Label : null, ordered.Count > quota ? ordered[quota].Label : null, holds));
        }

        return (placements, audit);
    }

    private static readonly Comparer<AllocationCandidate> Comparer = Comparer<AllocationCandidate>.Create((a, b) =>
    {
        var carried = (a.CarriedWaitlistPosition ?? int.MaxValue).CompareTo(b.CarriedWaitlistPosition ?? int.MaxValue);
        if (carried != 0)
        {
            return carried;
        }

        var order = a.Tier.CompareTo(b.Tier);
        order = order != 0 ? order : b.Score.CompareTo(a.Score);
        order = order != 0 ? order : b.TieValue.CompareTo(a.TieValue);
        order = order != 0 ? order : a.SubmittedAt.CompareTo(b.SubmittedAt);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    });
}
