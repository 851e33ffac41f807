namespace FormsEngine.Host.Hosting;

/// <summary>Settings under the <c>FormsEngine</c> configuration section (appsettings.json or FORMSENGINE__* variables).</summary>
public sealed class FormsEngineHostOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "FormsEngine";

    /// <summary>
    /// Folder holding rule packs and forms. Relative paths are resolved against the content root; when empty, the
    /// host looks for a <c>rulepacks</c> folder in the content root and then in each parent folder.
    /// </summary>
    public string? RulePacksPath { get; set; }

    /// <summary>Largest accepted form definition, in bytes (default 2 MB).</summary>
    public int MaxFormBytes { get; set; } = 2 * 1024 * 1024;
}
