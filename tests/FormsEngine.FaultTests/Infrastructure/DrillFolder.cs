using System.Globalization;

namespace FormsEngine.FaultTests.Infrastructure;

/// <summary>
/// A temporary folder for one fault drill: <c>data/</c> (the SQLite database and Data Protection keys, kept across
/// restarts), <c>rulepacks/</c> (a copy of the repository's, plus <see cref="TimerWorkflowId"/>) and the host's log.
/// </summary>
internal sealed class DrillFolder : IDisposable
{
    /// <summary>A second workflow started by every 高龄津贴 submission: a short wait, a message, a task whose short SLA runs out.</summary>
    public const string TimerWorkflowId = "fault-drill-timer";

    /// <summary>The approval workflow the same submissions start (rules, then the grid worker's task).</summary>
    public const string ApprovalWorkflowId = "elderly-allowance-approval";

    public const string AdminPassword = "fault-admin-password-1";

    public const string DemoPassword = "fault-demo-password-1";

    /// <summary>How long a node holds a runnable workflow before another may resume it, in the drills.</summary>
    public static readonly TimeSpan WorkflowLease = TimeSpan.FromSeconds(8);

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
        // A dead node's starts are resumed after this lease; the default 30 s would make every round wait for it.
        ["WorkflowLease"] = WorkflowLease.ToString("c", CultureInfo.InvariantCulture),
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

    /// <summary>
    /// Wait → one in-app message → a community-staff task (level 1) with an SLA of the same length: it escalates once
    /// to the street office (audited, one in-app message) and one period later is recorded as overdue at the top
    /// (<c>task.escalate.top</c>), after which nothing more is scheduled. So every instance ends with a fixed count
    /// of firings that a duplicate after a restart would break.
    /// </summary>
    private static string TimerWorkflow(TimeSpan wait)
    {
        var period = "PT" + wait.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "S";
        return $$"""
            { "schemaVersion": 1, "id": "{{TimerWorkflowId}}", "version": 1, "name": "故障演练计时 / fault drill timer",
              "input": { "楼栋": "text" },
              "activities": [
                { "id": "submitted", "type": "formSubmitted", "form": "elderly-allowance" },
                { "id": "pause", "type": "wait", "duration": "{{period}}" },
                { "id": "notify", "type": "notify", "channel": "inApp", "to": "'fault-drill'", "template": "计时已到 / timer fired" },
                { "id": "overdue", "type": "assignTask", "title": "演练超时任务 / drill overdue task", "description": "无需处理 / no action",
                  "assignee": { "kind": "role", "value": "社区工作人员" }, "building": "input.楼栋", "level": 1, "sla": "{{period}}",
                  "outcomes": ["done"] },
                { "id": "end", "type": "end", "status": "done" }
              ],
              "connections": [
                { "from": "submitted", "outcome": "done", "to": "pause" },
                { "from": "pause", "outcome": "done", "to": "notify" },
                { "from": "notify", "outcome": "done", "to": "overdue" },
                { "from": "overdue", "outcome": "done", "to": "end" }
              ] }
            """;
    }

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
