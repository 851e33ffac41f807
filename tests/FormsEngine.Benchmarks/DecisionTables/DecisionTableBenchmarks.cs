using BenchmarkDotNet.Attributes;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables;

namespace FormsEngine.Benchmarks.DecisionTables;

/// <summary>
/// A 20-row, 3-column table evaluated for 100 prepared inputs per invocation (times are per evaluation), under two hit
/// policies: FIRST (the first matching row of five age bands × district and living-alone cases) and COLLECT SUM (the
/// sum over every matching row of 20 subsidies). Baseline: the same lookup as a hand-written C# if/else chain. Setup
/// checks that both give the same amount for every input before anything is measured.
/// </summary>
[MemoryDiagnoser]
public class DecisionTableBenchmarks
{
    private bool _first;
    private DecisionTable _table = null!;
    private ExpressionRecord[] _records = null!;
    private (int Age, string District, bool Alone)[] _inputs = null!;

    [Params("FIRST", "COLLECT SUM")]
    public string HitPolicy { get; set; } = "FIRST";

    [GlobalSetup]
    public void Setup()
    {
        _first = HitPolicy == "FIRST";
        _table = BenchmarkTables.Compile(_first ? BenchmarkTables.FirstJson() : BenchmarkTables.CollectSumJson());
        _records = BenchmarkTables.Records(_table);
        _inputs = BenchmarkTables.Inputs();
        for (var i = 0; i < _inputs.Length; i++)
        {
            var engine = Amount(_table.Evaluate(_records[i]));
            var handWritten = HandWrittenLookup(_inputs[i].Age, _inputs[i].District, _inputs[i].Alone);
            if (engine != handWritten)
            {
                throw new InvalidOperationException($"input {i} {_inputs[i]}: engine {engine}, hand-written {handWritten}");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkTables.InputCount)]
    public decimal HandWritten()
    {
        decimal total = 0;
        foreach (var (age, district, alone) in _inputs)
        {
            total += HandWrittenLookup(age, district, alone);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkTables.InputCount)]
    public decimal Engine()
    {
        decimal total = 0;
        foreach (var record in _records)
        {
            total += Amount(_table.Evaluate(record));
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkTables.InputCount)]
    public int EngineExplain()
    {
        var rows = 0;
        foreach (var record in _records)
        {
            rows += _table.Evaluate(record, explain: true).Trace!.Count;
        }

        return rows;
    }

    private decimal HandWrittenLookup(int age, string district, bool alone) => _first
        ? HandWrittenAllowances.First(age, district, alone)
        : HandWrittenAllowances.Sum(age, district, alone);

    private static decimal Amount(DecisionTableResult result) =>
        result.IsSuccess ? result.Output?["金额"]?.GetValue<decimal>() ?? 0 : throw new InvalidOperationException(result.ToString());
}
