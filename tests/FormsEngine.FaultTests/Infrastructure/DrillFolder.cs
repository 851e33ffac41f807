using System.Globalization;

namespace FormsEngine.FaultTests.Infrastructure;

/// <summary>
/// A temporary folder for one fault drill: <c>data/</c> (the SQLite database and Data Protection keys, kept across
/// restarts), <c>rulepacks/</c> (a copy of the repository's, plus <see cref="TimerWorkflowId"/>) and the host's log.
/// </summary>
internal sealed class DrillFolder : IDisposable
{
    /// <summary>A second workflow started by every 高龄津贴 submission: a short wait, one in-app message, end.</summary>
    public const string TimerWorkflowId = "fault-drill-timer";

    /// <summary>The approval workflow the same submissions start (rules, then the grid worker's task).</summary>
    public const string ApprovalWorkflowId = "elderly-allowance-approval";

    public const string AdminPassword = "fault-admin-password-1";

    public const string DemoPassword = "fault-demo-password-1";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("formsengine-faults-");

    public DrillFolder(TimeSpan timerWait)
    {
        Directory.CreateDirectory(DataPath);
        Copy(new DirectoryInfo(Path.Combine(RepoPaths.Root, "rulepacks")), RulePacksPath);
        File.WriteAllText(Path.Combine(RulePacksPath, "workflows", TimerWorkflowId + ".json"), TimerWorkflow(timerWait));
    }

    public string DataPath => Path.Combine(_root.FullName, "data");

    public string RulePacksPath => Path.Combine(_root.FullName, "rulepacks");

    public string LogFile => Path.Combine(_root.FullName, "host.log");

    public string DatabaseFile => Path.Combine(DataPath, "formsengine.db");

    /// <summary>The host's settings (without the <c>FormsEngine__</c> prefix).</summary>
    public IReadOnlyDictionary<string, string> Settings(TimeSpan timerInterval) => new Dictionary<string, string>
    {
        ["DataPath"] = DataPath,
        ["RulePacksPath"] = RulePacksPath,
        ["AdminPassword"] = AdminPassword,
        ["DemoPassword"] = DemoPassword,
        ["TimerInterval"] = timerInterval.ToString("c", CultureInfo.InvariantCulture),
        // Every worker posts from 127.0.0.1: the per-address limit would otherwise answer 429 after 20 posts.
        ["ResidentPostsPerMinute"] = "1000000",
        // The drill needs the demo street office and its forms, not the six rule packs (faster first start).
        ["SeedDemo"] = "true",
        ["SeedPacks"] = "false",
    };

    /// <summary>Keeps the folder (database, keys, host log) for diagnosis: set on failure, or with FAULTS_KEEP=1.</summary>
    public bool Keep { get; set; } = Environment.GetEnvironmentVariable("FAULTS_KEEP") == "1";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Keep)
        {
            return;
        }

        try
        {
            _root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; the result does not depend on it.
        }
    }

    private static string TimerWorkflow(TimeSpan wait) => $$"""
        { "schemaVersion": 1, "id": "{{TimerWorkflowId}}", "version": 1, "name": "故障演练计时 / fault drill timer",
          "activities": [
            { "id": "submitted", "type": "formSubmitted", "form": "elderly-allowance" },
            { "id": "pause", "type": "wait", "duration": "PT{{wait.TotalSeconds.ToString(CultureInfo.InvariantCulture)}}S" },
            { "id": "notify", "type": "notify", "channel": "inApp", "to": "'fault-drill'", "template": "计时已到 / timer fired" },
            { "id": "end", "type": "end", "status": "fired" }
          ],
          "connections": [
            { "from": "submitted", "outcome": "done", "to": "pause" },
            { "from": "pause", "outcome": "done", "to": "notify" },
            { "from": "notify", "outcome": "done", "to": "end" }
          ] }
        """;

    private static void Copy(DirectoryInfo from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in from.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(to, file.Name));
        }

        foreach (var dir in from.EnumerateDirectories())
        {
            Copy(dir, Path.Combine(to, dir.Name));
        }
    }
}
