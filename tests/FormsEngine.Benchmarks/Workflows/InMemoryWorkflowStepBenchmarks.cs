using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Benchmarks.Workflows;

/// <summary>
/// One in-memory step (a setValues activity with two expressions, token moves, audit snapshot) against a plain
/// method call doing the same arithmetic on a JsonObject (baseline). No storage.
/// </summary>
[MemoryDiagnoser]
public class InMemoryWorkflowStepBenchmarks
{
    private readonly JsonObject _plain = new() { ["计数"] = 0m };
    private WorkflowDefinition _definition = null!;
    private WorkflowExecutor _executor = null!;
    private WorkflowInstanceState _state = null!;

    [GlobalSetup]
    public void Setup()
    {
        _definition = BenchmarkWorkflows.Loop();
        _executor = new WorkflowExecutor(new WorkflowServices
        {
            TimeProvider = TimeProvider.System,
            Directory = new InMemoryAssigneeDirectory(),
            Rules = new Dictionary<string, IRuleEvaluator>(),
        });
        _state = new WorkflowInstanceState
        {
            Id = "bench",
            DefinitionId = _definition.Id,
            DefinitionVersion = 1,
            Data = new JsonObject { ["input"] = BenchmarkWorkflows.Input() },
            Tokens = [new WorkflowToken { Id = "t0", ActivityId = "submitted" }],
        };
        for (var i = 0; i < 3; i++)
        {
            Step().AsTask().GetAwaiter().GetResult();
        }

        if (_state.Data["input"]!["计数"]!.GetValue<decimal>() != 2 || _state.Data["status"]!.GetValue<string>() != "合格")
        {
            throw new InvalidOperationException("the loop step did not update the data: " + _state.Data.ToJsonString());
        }
    }

    [Benchmark(Baseline = true)]
    public decimal PlainMethodCall() => Increment(_plain);

    [Benchmark]
    public bool InMemoryStep()
    {
        var step = Step();
        return (step.IsCompletedSuccessfully ? step.Result : step.AsTask().GetAwaiter().GetResult()) is not null;
    }

    private ValueTask<StepEffects?> Step() => _executor.StepAsync(_definition, _state, DateTimeOffset.UnixEpoch, CancellationToken.None);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static decimal Increment(JsonObject data)
    {
        var next = data["计数"]!.GetValue<decimal>() + 1;
        data["计数"] = next;
        return next;
    }
}
