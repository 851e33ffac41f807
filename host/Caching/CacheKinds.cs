namespace FormsEngine.Host.Caching;

/// <summary>The kinds of published definitions a node caches in process, one <c>cache_versions</c> row each.</summary>
internal static class CacheKinds
{
    /// <summary>Rule sets published from the studio, pinned to their form version (<see cref="Rules.RuleCatalog"/>).</summary>
    public const string Rules = "rules";

    /// <summary>Imported rule pack versions and the form versions saved from them (<see cref="Packs.PackCatalog"/>).</summary>
    public const string Packs = "packs";

    /// <summary>Workflow versions published from the studio (<see cref="Workflows.WorkflowCatalog"/>: which forms trigger which workflow).</summary>
    public const string Workflows = "workflows";

    public static IReadOnlyList<string> All { get; } = [Rules, Packs, Workflows];
}
