namespace FormsEngine.Designer.Tests.Rules;

/// <summary>The sample form, rule set and tables of <c>rulepacks/</c>, and this folder's golden files.</summary>
internal static class RuleFiles
{
    public static string ElderlyForm => Read("rulepacks", "forms", "elderly-allowance.json");

    public static string ElderlyRules => Read("rulepacks", "rules", "elderly-allowance.json");

    public static string GridRouting => Read("rulepacks", "tables", "grid-routing.json");

    public static string SupplyAllocation => Read("rulepacks", "tables", "supply-allocation.json");

    public static string Golden(string name) => Read("tests", "FormsEngine.Designer.Tests", "Rules", "Golden", name);

    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([Forms.RepoPaths.Root, .. parts]));
}
