using FormsEngine.Packs.Allocation;

namespace FormsEngine.Tests.Packs;

public sealed class QuotaAllocatorTests
{
    private static readonly string[] Tiers = ["第一批", "第二批", "常规批次"];
    private static readonly DateTimeOffset Nine = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static AllocationCandidate Household(string id, string grid, int tier, decimal score, decimal tie = 0, int minutes = 0) =>
        new(id, grid, tier, score, tie, Nine.AddMinutes(minutes), id);

    [Fact]
    public void Each_grid_gets_its_quota_in_tier_then_score_order_and_the_rest_wait()
    {
        var (placements, audit) = QuotaAllocator.Allocate(
        [
            Household("a", "一网格", 1, 30),
            Household("b", "一网格", 0, 45),
            Household("c", "一网格", 0, 70),
            Household("d", "二网格", 2, 5),
        ], quota: 2, Tiers, "先登记先分配");

        Assert.Equal(["c", "b", "a", "d"], placements.Select(p => p.Candidate.Id));
        Assert.Equal([true, true, false, true], placements.Select(p => p.Allocated));
        var waiting = placements.Single(p => !p.Allocated);
        Assert.Equal(1, waiting.WaitlistPosition);
        Assert.Equal("一网格 第 3 位（第二批，积分 30，同分按“先登记先分配”）：本批配额 2 户已满，候补第 1 位", waiting.ExplanationZh);
        Assert.All(audit, a => Assert.True(a.OrderHolds));
        Assert.Equal(("一网格", 2, 1, "b", "a"), (audit[0].Group, audit[0].Allocated, audit[0].Waitlisted, audit[0].LastAllocated, audit[0].FirstWaitlisted));
    }

    [Theory]
    [InlineData(0, 0, "early")]
    [InlineData(6, 3, "big")]
    public void Equal_scores_follow_the_tie_break_then_submission_time(decimal earlyTie, decimal bigTie, string first)
    {
        var (placements, _) = QuotaAllocator.Allocate(
        [
            Household("big", "一网格", 0, 50, tie: earlyTie == 0 ? 0 : earlyTie, minutes: 30),
            Household("early", "一网格", 0, 50, tie: bigTie, minutes: 0),
        ], quota: 1, Tiers, "家庭人数多者优先");

        Assert.Equal(first, placements.Single(p => p.Allocated).Candidate.Id);
    }

    [Fact]
    public void The_previous_waitlist_is_served_first_in_its_order()
    {
        var (placements, _) = QuotaAllocator.Allocate(
        [
            Household("new-top", "一网格", 0, 99),
            Household("waited-2", "一网格", 2, 1) with { CarriedWaitlistPosition = 2 },
            Household("waited-1", "一网格", 1, 10) with { CarriedWaitlistPosition = 1 },
        ], quota: 2, Tiers, "先登记先分配");

        Assert.Equal(["waited-1", "waited-2"], placements.Where(p => p.Allocated).Select(p => p.Candidate.Id));
        Assert.StartsWith("一网格 第 1 位（上一批候补第 1 位，本批优先）", placements[0].ExplanationZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_quota_waits_everyone_and_no_candidates_give_no_groups()
    {
        var (placements, audit) = QuotaAllocator.Allocate([Household("a", "一网格", 0, 1)], quota: 0, Tiers, "先登记先分配");
        Assert.False(Assert.Single(placements).Allocated);
        Assert.Null(Assert.Single(audit).LastAllocated);

        Assert.Empty(QuotaAllocator.Allocate([], quota: 3, Tiers, "先登记先分配").Audit);
    }
}
