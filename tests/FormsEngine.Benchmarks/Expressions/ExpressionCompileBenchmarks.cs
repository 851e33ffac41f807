using BenchmarkDotNet.Attributes;
using FormsEngine.Expressions;

namespace FormsEngine.Benchmarks.Expressions;

/// <summary>
/// Compiling: a typical condition from source to a callable predicate (target: median ≤ 100 µs) with the default tiered
/// strategy (interpreted first) and with immediate IL compilation; parse + bind alone; JavaScript generation; and a
/// 200-clause condition built with <c>Compile()</c> versus <c>Compile(preferInterpretation: true)</c>.
/// </summary>
[MemoryDiagnoser]
public class ExpressionCompileBenchmarks
{
    private const string Typical = "年龄 >= 60 && 社区 == \"东区\" && !独居";

    private static readonly ExpressionOptions Eager = new() { TierUpAfter = 0 };
    private static readonly ExpressionOptions Compiled = new() { MaxLength = 16_384, InterpretationThreshold = int.MaxValue, TierUpAfter = 0 };
    private static readonly ExpressionOptions Interpreted = new() { MaxLength = 16_384, InterpretationThreshold = 0 };

    private ExpressionSchema _schema = null!;
    private ExpressionRecord _record = null!;
    private string _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = ExpressionSchema.Create()
            .Field("年龄", ExpressionType.Number)
            .Field("社区", ExpressionType.Text)
            .Field("独居", ExpressionType.Boolean);
        _record = _schema.CreateRecord().SetNumber("年龄", 1001).SetText("社区", "东区").SetBoolean("独居", false);
        _large = string.Join(" && ", Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? $"年龄 != {i}" : $"社区 != \"区{i}\""));
        if (!TypicalToPredicate() || !TypicalToIlPredicate() || !LargeCompiled() || !LargeInterpreted())
        {
            throw new InvalidOperationException("Benchmark expressions must be true for the sample record.");
        }
    }

    [Benchmark(Baseline = true, Description = "typical: source → predicate → one Test")]
    public bool TypicalToPredicate() => ExpressionCompiler.Compile(Typical, _schema).Expression!.ToPredicate().Test(_record);

    [Benchmark(Description = "typical: source → IL-compiled predicate → one Test")]
    public bool TypicalToIlPredicate() => ExpressionCompiler.Compile(Typical, _schema, Eager).Expression!.ToPredicate().Test(_record);

    [Benchmark(Description = "typical: parse + type-check only")]
    public bool TypicalParseAndBind() => ExpressionCompiler.Compile(Typical, _schema).Succeeded;

    [Benchmark(Description = "typical: to JavaScript")]
    public int TypicalToJavaScript() => ExpressionCompiler.Compile(Typical, _schema).Expression!.ToJavaScript().Length;

    [Benchmark(Description = "200 clauses: Compile()")]
    public bool LargeCompiled() => ExpressionCompiler.Compile(_large, _schema, Compiled).Expression!.ToPredicate().Test(_record);

    [Benchmark(Description = "200 clauses: Compile(preferInterpretation: true)")]
    public bool LargeInterpreted() => ExpressionCompiler.Compile(_large, _schema, Interpreted).Expression!.ToPredicate().Test(_record);
}
