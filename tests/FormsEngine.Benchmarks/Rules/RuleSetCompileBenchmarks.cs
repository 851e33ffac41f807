using BenchmarkDotNet.Attributes;
using FormsEngine.Expressions;
using FormsEngine.Rules;

namespace FormsEngine.Benchmarks.Rules;

/// <summary>
/// Compiling a 1,000-rule set (every tenth rule a nested Or with an ErrorMessage template): "checked" is load + parse +
/// type-check + templates (what publishing needs); "ready to run" also builds every delegate (<see cref="RuleSet.WarmUp"/>).
/// </summary>
[MemoryDiagnoser]
public class RuleSetCompileBenchmarks
{
    private const int RuleCount = 1000;

    private string _json = null!;
    private System.Text.Json.JsonElement _sample;

    [GlobalSetup]
    public void Setup()
    {
        _json = BenchmarkRuleSet.Json(RuleCount, nested: true);
        _sample = System.Text.Json.JsonSerializer.SerializeToElement(BenchmarkRuleSet.Input()["input1"]);
        var ruleSet = Checked();
        if (ruleSet.GetWorkflow("bench").RuleNames.Count != RuleCount)
        {
            throw new InvalidOperationException("expected 1000 rules");
        }
    }

    [Benchmark(Baseline = true)]
    public RuleSet Checked()
    {
        var compilation = RuleSet.Compile(_json, new RuleSetOptions { Inputs = ExpressionSchema.FromJsonSamples(("input1", _sample)) });
        return compilation.RuleSet ?? throw new InvalidOperationException(string.Join("; ", compilation.Diagnostics.Take(5)));
    }

    [Benchmark]
    public RuleSet ReadyToRun()
    {
        var ruleSet = Checked();
        ruleSet.WarmUp();
        return ruleSet;
    }
}
