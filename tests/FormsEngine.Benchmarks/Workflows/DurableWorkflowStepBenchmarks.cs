using BenchmarkDotNet.Attributes;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Runtime;
using Microsoft.Data.Sqlite;

namespace FormsEngine.Benchmarks.Workflows;

/// <summary>
/// Durable steps: one instance of a 22-step chain, each step saved in its own transaction with its audit entry
/// (SQLite file, WAL, synchronous=NORMAL), against the same run on a store that keeps nothing (baseline). Times are
/// per commit (22 steps + the start commit); steps/s = 1 s ÷ that time.
/// </summary>
[MemoryDiagnoser]
public class DurableWorkflowStepBenchmarks
{
    private const int CommitsPerInstance = BenchmarkWorkflows.ChainLength + 3;

    private string _folder = null!;
    private WorkflowRuntime _sqlite = null!;
    private WorkflowRuntime _null = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "fe-wf-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var store = new EfWorkflowStore(WorkflowStorageOptions.Sqlite(Path.Combine(_folder, "bench.db")));
        store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        _sqlite = Create(store);
        _null = Create(new NullWorkflowStore());
        foreach (var runtime in new[] { _sqlite, _null })
        {
            var view = runtime.StartAsync("bench-chain", BenchmarkWorkflows.Input(), "bench", CancellationToken.None).GetAwaiter().GetResult();
            if (view.Status != WorkflowStatus.Completed || view.Data["input"]!["计数"]!.GetValue<decimal>() != BenchmarkWorkflows.ChainLength)
            {
                throw new InvalidOperationException($"the chain did not complete: {view.Status} {view.Data.ToJsonString()}");
            }
        }

        var audit = store.ListAuditedInstancesAsync(CancellationToken.None).GetAwaiter().GetResult();
        var entries = store.ListAuditAsync(audit.Single(), CancellationToken.None).GetAwaiter().GetResult();
        if (entries.Count != CommitsPerInstance)
        {
            throw new InvalidOperationException($"expected {CommitsPerInstance} audit entries, found {entries.Count}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite.Dispose();
        _null.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CommitsPerInstance)]
    public Task<WorkflowInstanceView> NoStorage() => _null.StartAsync("bench-chain", BenchmarkWorkflows.Input(), "bench", CancellationToken.None);

    [Benchmark(OperationsPerInvoke = CommitsPerInstance)]
    public Task<WorkflowInstanceView> SqliteWal() => _sqlite.StartAsync("bench-chain", BenchmarkWorkflows.Input(), "bench", CancellationToken.None);

    private static WorkflowRuntime Create(IWorkflowStore store)
    {
        var runtime = new WorkflowRuntime(new WorkflowRuntimeOptions { Store = store, OwnerId = "bench" });
        var problems = runtime.PublishAsync(BenchmarkWorkflows.Chain(), CancellationToken.None).GetAwaiter().GetResult();
        return problems.Count == 0 ? runtime : throw new InvalidOperationException(string.Join("; ", problems));
    }
}
