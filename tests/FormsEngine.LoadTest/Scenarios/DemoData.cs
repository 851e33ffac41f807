namespace FormsEngine.LoadTest.Scenarios;

/// <summary>What the host's demo seeding creates (host/Seeding/DemoTenants.cs): communities, buildings and staff accounts.</summary>
internal static class DemoData
{
    public static IReadOnlyDictionary<string, string[]> Buildings { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["xinhua-dongqu"] = ["dongqu-b1", "dongqu-b2", "dongqu-b3"],
        ["xinhua-xiqu"] = ["xiqu-b1", "xiqu-b2"],
    };

    /// <summary>The demo staff accounts, community admins and staff first, then grid workers (who have task inboxes).</summary>
    public static IReadOnlyList<string> StaffAccounts { get; } =
        ["dongqu.staff", "dongqu.grid1", "xiqu.staff", "xiqu.grid1", "dongqu.admin", "dongqu.grid2", "xiqu.admin"];

    /// <summary>The form submitted under load: eligibility rules and an approval workflow (a task for the building's grid worker).</summary>
    public const string SubmitForm = "elderly-allowance";
}
