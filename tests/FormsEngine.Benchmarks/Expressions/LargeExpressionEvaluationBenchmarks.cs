using BenchmarkDotNet.Attributes;
using FormsEngine.Expressions;

namespace FormsEngine.Benchmarks.Expressions;

/// <summary>Evaluating an already-built 200-clause predicate: IL-compiled versus interpreted delegate.</summary>
[MemoryDiagnoser]
public class LargeExpressionEvaluationBenchmarks
{
    private CompiledPredicate _compiled = null!;
    private CompiledPredicate _interpreted = null!;
    private ExpressionRecord _record = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schema = ExpressionSchema.Create().Field("年龄", ExpressionType.Number).Field("社区", ExpressionType.Text);
        var large = string.Join(" && ", Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? $"年龄 != {i}" : $"社区 != \"区{i}\""));
        _compiled = ExpressionCompiler.Compile(large, schema, new ExpressionOptions { MaxLength = 16_384, InterpretationThreshold = int.MaxValue }).Expression!.ToPredicate();
        _interpreted = ExpressionCompiler.Compile(large, schema, new ExpressionOptions { MaxLength = 16_384, InterpretationThreshold = 0 }).Expression!.ToPredicate();
        _record = schema.CreateRecord().SetNumber("年龄", 1001).SetText("社区", "东区");
        if (!_compiled.Test(_record) || !_interpreted.Test(_record))
        {
            throw new InvalidOperationException("The large predicate must be true for the sample record.");
        }
    }

    [Benchmark(Baseline = true, Description = "200 clauses, IL-compiled")]
    public bool Compiled() => _compiled.Test(_record);

    [Benchmark(Description = "200 clauses, interpreted")]
    public bool Interpreted() => _interpreted.Test(_record);
}
