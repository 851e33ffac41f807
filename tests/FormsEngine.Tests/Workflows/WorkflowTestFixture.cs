using System.Data.Common;
using System.Text.Json.Nodes;
using FormsEngine.Storage;
using FormsEngine.Tests.Forms;
using FormsEngine.TestSupport;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Seams;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FormsEngine.Tests.Workflows;

/// <summary>
/// A real SQLite file in a temp folder (or, with FORMSENGINE_TEST_DATABASE=postgres, a throw-away PostgreSQL database),
/// a fake clock, a small community directory, and runtimes over them.
/// </summary>
internal sealed class WorkflowTestFixture : IAsyncDisposable
{
    public static readonly Assignee WangLi = new(AssigneeKind.Person, "wang.li", "王丽（网格员）");
    public static readonly Assignee ZhaoGang = new(AssigneeKind.Person, "zhao.gang", "赵刚（网格员）");
    public static readonly Assignee CommunityStaff = new(AssigneeKind.Role, "社区工作人员", "东区社区工作人员");
    public static readonly Assignee StreetOffice = new(AssigneeKind.Role, "街道办", "新华街道办事处");

    private readonly List<WorkflowRuntime> _runtimes = [];
    private readonly string _folder;
    private readonly string _connectionString;

    private WorkflowTestFixture()
    {
        _folder = Path.Combine(Path.GetTempPath(), "fe-wf-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(_folder);
        if (TestDatabases.OnPostgres)
        {
            _connectionString = TestDatabases.EnsureCreated(_folder);
            Store = new EfWorkflowStore(WorkflowStorageOptions.Postgres(_connectionString));
        }
        else
        {
            _connectionString = "Data Source=" + Path.Combine(_folder, "workflows.db");
            Store = new EfWorkflowStore(WorkflowStorageOptions.Sqlite(Path.Combine(_folder, "workflows.db")));
        }
    }

    public EfWorkflowStore Store { get; }

    public FakeClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public InMemoryAssigneeDirectory Directory { get; } = new InMemoryAssigneeDirectory()
        .Community("东区社区", CommunityStaff, StreetOffice)
        .Grid("G1", "东区社区", WangLi, "1栋", "2栋")
        .Grid("G2", "东区社区", ZhaoGang, "3栋");

    public static async Task<WorkflowTestFixture> CreateAsync()
    {
        var fixture = new WorkflowTestFixture();
        await fixture.Store.InitializeAsync(CancellationToken.None);
        return fixture;
    }

    public WorkflowRuntime CreateRuntime(string owner = "host-a", IReadOnlyDictionary<string, IRuleEvaluator>? rules = null)
    {
        var runtime = new WorkflowRuntime(new WorkflowRuntimeOptions
        {
            Store = Store,
            TimeProvider = Clock,
            Directory = Directory,
            OwnerId = owner,
            Rules = rules ?? new Dictionary<string, IRuleEvaluator>(),
        });
        _runtimes.Add(runtime);
        return runtime;
    }

    /// <summary>An open connection to the store's database, for tests that write it behind the store's back.</summary>
    public async Task<DbConnection> OpenConnectionAsync()
    {
        DbConnection connection = TestDatabases.OnPostgres ? new NpgsqlConnection(_connectionString) : new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static JsonObject Sample(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "workflows", name + ".json")))!.AsObject();

    public static WorkflowDefinition Load(JsonObject json)
    {
        var result = WorkflowDefinition.Load(json.ToJsonString());
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Definition!;
    }

    public static async Task PublishAsync(WorkflowRuntime runtime, JsonObject json)
    {
        var problems = await runtime.PublishAsync(Load(json), CancellationToken.None);
        Assert.Empty(problems);
    }

    public static JsonObject Applicant(string name = "李奶奶", int age = 85, string building = "1栋") => new()
    {
        ["姓名"] = name,
        ["年龄"] = age,
        ["楼栋"] = building,
        ["手机号"] = "13800000001",
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var runtime in _runtimes)
        {
            runtime.Dispose();
        }

        SqliteConnection.ClearAllPools();
        if (TestDatabases.OnPostgres)
        {
            TestDatabases.Drop(_folder);
        }

        await Task.Yield();
        System.IO.Directory.Delete(_folder, recursive: true);
    }
}
