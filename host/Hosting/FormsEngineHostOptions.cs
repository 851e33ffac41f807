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

    /// <summary>
    /// How long a node holds a runnable workflow before any node may resume it (default 30 s): the time a crashed
    /// node's starts wait. Shorter recovers sooner but lets a slow continuation be taken over more often.
    /// </summary>
    public TimeSpan WorkflowLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often a node looks whether another node published a form rule set, rule pack or workflow, and reloads its
    /// caches if so (default 2 s; docs/adr/0012-cache-invalidation-across-nodes.md).
    /// </summary>
    public TimeSpan CacheVersionPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Largest accepted form definition, in bytes (default 2 MB).</summary>
    public int MaxFormBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The first admin's password (set it with the FormsEngine__AdminPassword environment variable); generated and printed once when empty.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>The demo staff accounts' password; generated and printed once when empty.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>False skips loading the demo street office on first start (a real deployment creates its own tenants).</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Imports the packs of <c>rulepacks/packs</c> for the demo street office on start (default true).</summary>
    public bool SeedPacks { get; set; } = true;

    /// <summary>Days personal data is kept after a campaign ends when a form does not set <c>retentionDays</c> (default 180).</summary>
    public int DefaultRetentionDays { get; set; } = 180;

    /// <summary>Resident form posts allowed per client address per minute before a friendly 429 page (default 20).</summary>
    public int ResidentPostsPerMinute { get; set; } = 20;

    /// <summary>Largest resident form post, uploads included, in bytes (default 12 MB).</summary>
    public long MaxResidentPostBytes { get; set; } = 12 * 1024 * 1024;

    /// <summary>How often the retention purge looks for submissions past their retention period (default hourly).</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The address residents reach the host at (e.g. https://forms.example.gov.cn), used in QR codes and posters; empty uses the request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// A PKCS#12 (.pfx) file whose certificate encrypts the Data Protection keys stored in the database; empty stores
    /// them unencrypted. Relative paths are resolved against the working directory.
    /// </summary>
    public string? KeyEncryptionCertificate { get; set; }

    /// <summary>The password of <see cref="KeyEncryptionCertificate"/> (set it with FormsEngine__KeyEncryptionCertificatePassword).</summary>
    public string? KeyEncryptionCertificatePassword { get; set; }

    /// <summary><c>sqlite</c> (default, a file under <see cref="DataPath"/>) or <c>postgres</c> (with <c>ConnectionStrings:FormsEngine</c>).</summary>
    public string Database { get; set; } = "sqlite";
}
