using FormsEngine.FaultTests.Infrastructure;
using FormsEngine.TestSupport;

namespace FormsEngine.FaultTests.ScaleOut;

/// <summary>
/// Three real hosts over one throw-away PostgreSQL database (the server <c>.ci/run</c> starts, or
/// FORMSENGINE_TEST_POSTGRES), each on its own loopback port with its OWN data folder, so anything kept on a node's
/// disk (keys, caches) would show up as a failure. Node A starts first (migrations, demo seed, the first key: ADR
/// 0011), then B and C. The rulepacks folder is shared, as one deployment's would be.
/// </summary>
internal sealed class NodeCluster : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly DrillFolder _folder;
    private readonly string _connectionString;
    private readonly List<HostProcess?> _nodes = [];

    public NodeCluster(DrillFolder folder)
    {
        _folder = folder;
        _connectionString = TestDatabases.EnsureCreated(folder.DataPath);
        Database = DrillDatabase.Postgres(_connectionString);
    }

    public static readonly string[] Names = ["A", "B", "C"];

    public DrillDatabase Database { get; }

    /// <summary>The nodes still running, in start order.</summary>
    public IReadOnlyList<HostProcess> Alive => [.. _nodes.Where(n => n is { HasExited: false })!];

    public HostProcess this[int index] => _nodes[index] ?? throw new InvalidOperationException($"node {Names[index]} is not running");

    /// <summary>Starts the nodes one after the other; returns each one's start time in ms.</summary>
    public async Task<IReadOnlyList<long>> StartAsync(int count, TimeSpan timerInterval)
    {
        var times = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var settings = new Dictionary<string, string>(_folder.Settings(timerInterval))
            {
                ["DataPath"] = Path.Combine(_folder.DataPath, "node-" + Names[i]),
                ["Database"] = "postgres",
            };
            var environment = new Dictionary<string, string> { ["ConnectionStrings__FormsEngine"] = _connectionString };
            var node = await HostProcess.StartAsync(settings, _folder.LogFile + "." + Names[i], StartTimeout, environment);
            _nodes.Add(node);
            times.Add(node.StartMilliseconds);
        }

        return times;
    }

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node?.Dispose();
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        if (!_folder.Keep)
        {
            TestDatabases.Drop(_folder.DataPath);
        }
    }
}
