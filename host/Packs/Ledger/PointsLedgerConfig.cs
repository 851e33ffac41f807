namespace FormsEngine.Host.Packs.Ledger;

/// <summary>
/// What the ledger needs to know about a points pack: which workflow ends post what, and which form gets its balance
/// filled from the ledger. The volunteer pack's ids are written here, in this one place.
/// </summary>
internal sealed record PointsLedgerConfig(
    IReadOnlyList<PointsPostingRule> Postings,
    string BalanceForm,
    string PhoneField,
    string BalanceField)
{
    /// <summary>The <c>volunteer-points</c> rule pack.</summary>
    public static PointsLedgerConfig VolunteerPoints { get; } = new(
        [
            new("volunteer-points-approval", "recorded", PointsKinds.Credit, "积分"),
            new("volunteer-points-redemption-handover", "redeemed", PointsKinds.Debit, "扣减积分"),
        ],
        BalanceForm: "volunteer-points-redemption",
        PhoneField: "手机号",
        BalanceField: "当前余额");
}

/// <summary>A completed instance of <paramref name="WorkflowId"/> that ended with <paramref name="EndStatus"/> posts <c>input.</c><paramref name="AmountField"/> as <paramref name="Kind"/>.</summary>
internal sealed record PointsPostingRule(string WorkflowId, string EndStatus, string Kind, string AmountField);

/// <summary>Entry kinds and posting outcomes.</summary>
internal static class PointsKinds
{
    public const string Credit = "credit";
    public const string Debit = "debit";
    public const string Refused = "refused";
    public const string None = "none";
}
