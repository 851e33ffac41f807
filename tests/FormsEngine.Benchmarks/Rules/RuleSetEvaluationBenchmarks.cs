using BenchmarkDotNet.Attributes;
using FormsEngine.Expressions;
using FormsEngine.Rules;

namespace FormsEngine.Benchmarks.Rules;

/// <summary>
/// One evaluation of a 30-rule workflow on one preloaded input: the engine's fast path (<see cref="RuleWorkflow.EvaluateOutcomes"/>),
/// the full RulesEngine-style result trees, and the same 30 conditions written by hand in C# (baseline). Setup checks
/// that all three agree before anything is measured.
/// </summary>
[MemoryDiagnoser]
public class RuleSetEvaluationBenchmarks
{
    private const int RuleCount = 30;

    private readonly bool[] _outcomes = new bool[RuleCount];
    private RuleWorkflow _workflow = null!;
    private RuleInput _input = null!;
    private BenchmarkRuleSet.Resident _resident = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sample = BenchmarkRuleSet.Input();
        var schema = ExpressionSchema.FromJsonSamples(("input1", System.Text.Json.JsonSerializer.SerializeToElement(sample["input1"])));
        var compilation = RuleSet.Compile(BenchmarkRuleSet.Json(RuleCount), new RuleSetOptions { Inputs = schema });
        var ruleSet = compilation.RuleSet ?? throw new InvalidOperationException(string.Join("; ", compilation.Diagnostics));
        ruleSet.WarmUp();
        _workflow = ruleSet.GetWorkflow("bench");
        _input = ruleSet.CreateInput(sample.ToDictionary(p => p.Key, p => p.Value));
        _resident = BenchmarkRuleSet.HandWrittenInput();

        var expected = new bool[RuleCount];
        var expectedCount = BenchmarkRuleSet.HandWritten(_resident, expected);
        var count = _workflow.EvaluateOutcomes(_input, _outcomes);
        var trees = _workflow.Execute(_input);
        if (count != expectedCount || !expected.SequenceEqual(_outcomes) || !expected.SequenceEqual(trees.Select(t => t.IsSuccess)))
        {
            throw new InvalidOperationException($"engine and hand-written outcomes differ: {count} vs {expectedCount}");
        }

        if (expectedCount is 0 or RuleCount)
        {
            throw new InvalidOperationException("the benchmark input should pass some rules and fail others");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => BenchmarkRuleSet.HandWritten(_resident, _outcomes);

    [Benchmark]
    public int EvaluateOutcomes() => _workflow.EvaluateOutcomes(_input, _outcomes);

    [Benchmark]
    public int ExecuteResultTrees() => _workflow.Execute(_input).Count;
}
