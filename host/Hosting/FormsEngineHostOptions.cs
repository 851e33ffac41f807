namespace FormsEngine.Host.Hosting;

/// <summary>Settings under the <c>FormsEngine</c> configuration section (appsettings.json or FORMSENGINE__* variables).</summary>
public sealed class FormsEngineHostOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "FormsEngine";

    /// <summary>
    /// Folder holding rule packs and forms. Relative paths are resolved against the working directory; when empty,
    /// the host looks for a <c>rulepacks</c> folder in the working directory and its parents, then beside the
    /// binaries and their parents.
    /// </summary>
    public string? RulePacksPath { get; set; }

    /// <summary>Folder of the SQLite database (<c>formsengine.db</c>), relative to the working directory (default <c>data</c>).</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>How often the timer service looks for due waits, SLAs and outbox deliveries (default 5 s).</summary>
    public TimeSpan TimerInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest accepted form definition, in bytes (default 2 MB).</summary>
    public int MaxFormBytes { get; set; } = 2 * 1024 * 1024;
}
