using System.Globalization;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables.Cells;

namespace FormsEngine.Rules.DecisionTables.Analysis;

/// <summary>
/// Splits one input column's domain into regions at the boundaries its cells mention and gives each cell's verdict on
/// each region. Numbers split into points and open intervals; text and booleans into the listed values plus "other".
/// Cells the analysis cannot read exactly (free expressions, non-literal values, text ranges) are <see cref="Verdict.Unknown"/>.
/// </summary>
internal sealed class ColumnDomain
{
    private ColumnDomain(List<Region> regions, Verdict[][] verdicts)
    {
        Regions = regions;
        Verdicts = verdicts;
    }

    public List<Region> Regions { get; }

    /// <summary>[row][region].</summary>
    public Verdict[][] Verdicts { get; }

    public static ColumnDomain Build(ExpressionType type, IReadOnlyList<CellTest> cells)
    {
        var kind = type.Kind;
        var regions = kind switch
        {
            ExpressionTypeKind.Number => NumberRegions(cells),
            ExpressionTypeKind.Text => TextRegions(cells),
            ExpressionTypeKind.Boolean => [new Region(true, "true", "true"), new Region(false, "false", "false")],
            _ => [new Region("", "任意值", "any value")],
        };
        var verdicts = cells.Select(cell => regions.Select(region => Judge(cell, region.Sample, kind)).ToArray()).ToArray();
        return new ColumnDomain(regions, verdicts);
    }

    /// <summary>True when the analysis can judge <paramref name="cell"/> exactly in a column of <paramref name="type"/>.</summary>
    public static bool IsExact(CellTest cell, ExpressionType type) => cell switch
    {
        AnyTest => true,
        ListTest list => list.Tests.All(t => IsExact(t, type.Kind)),
        NegatedTest negated => negated.Tests.All(t => IsExact(t, type.Kind)),
        _ => false,
    };

    private static bool IsExact(UnaryTest test, ExpressionTypeKind kind) => (test, kind) switch
    {
        (ValueTest v, ExpressionTypeKind.Number) => v.Value.Number is not null,
        (ComparisonTest c, ExpressionTypeKind.Number) => c.Value.Number is not null,
        (RangeTest r, ExpressionTypeKind.Number) => r.Low.Number is not null && r.High.Number is not null,
        (ValueTest v, ExpressionTypeKind.Text) => v.Value.String is not null,
        (ComparisonTest { Operator: ComparisonOperator.Equal or ComparisonOperator.NotEqual } c, ExpressionTypeKind.Text) => c.Value.String is not null,
        (ValueTest v, ExpressionTypeKind.Boolean) => v.Value.Boolean is not null,
        (ComparisonTest { Operator: ComparisonOperator.Equal or ComparisonOperator.NotEqual } c, ExpressionTypeKind.Boolean) => c.Value.Boolean is not null,
        _ => false,
    };

    private static Verdict Judge(CellTest cell, object sample, ExpressionTypeKind kind)
    {
        switch (cell)
        {
            case AnyTest:
                return Verdict.True;
            case ListTest list when list.Tests.All(t => IsExact(t, kind)):
                return list.Tests.Any(t => Holds(t, sample)) ? Verdict.True : Verdict.False;
            case NegatedTest negated when negated.Tests.All(t => IsExact(t, kind)):
                return negated.Tests.Any(t => Holds(t, sample)) ? Verdict.False : Verdict.True;
            default:
                return Verdict.Unknown;
        }
    }

    private static bool Holds(UnaryTest test, object sample)
    {
        switch (test)
        {
            case RangeTest range:
                var v = (decimal)sample;
                return (range.LowClosed ? v >= range.Low.Number : v > range.Low.Number)
                    && (range.HighClosed ? v <= range.High.Number : v < range.High.Number);
            case ValueTest value:
                return Compare(sample, value.Value) == 0;
            case ComparisonTest comparison:
                var order = Compare(sample, comparison.Value);
                return comparison.Operator switch
                {
                    ComparisonOperator.Equal => order == 0,
                    ComparisonOperator.NotEqual => order != 0,
                    ComparisonOperator.Less => order < 0,
                    ComparisonOperator.LessOrEqual => order <= 0,
                    ComparisonOperator.Greater => order > 0,
                    _ => order >= 0,
                };
            default:
                return false;
        }
    }

    /// <summary>Order of <paramref name="sample"/> against a literal; text and booleans only distinguish equal (0) from different (1).</summary>
    private static int Compare(object sample, Endpoint literal) => sample switch
    {
        decimal d => d.CompareTo(literal.Number!.Value),
        string s => string.Equals(s, literal.String, StringComparison.Ordinal) ? 0 : 1,
        bool b => b == literal.Boolean ? 0 : 1,
        _ => 1,
    };

    private static List<Region> NumberRegions(IReadOnlyList<CellTest> cells)
    {
        var bounds = Literals(cells).Select(e => e.Number).OfType<decimal>().Distinct().Order().ToList();
        var regions = new List<Region>();
        if (bounds.Count == 0)
        {
            regions.Add(NumberRegion(0));
            return regions;
        }

        regions.Add(NumberRegion(Math.Floor(bounds[0]) - 1));
        for (var i = 0; i < bounds.Count; i++)
        {
            regions.Add(NumberRegion(bounds[i]));
            if (i + 1 < bounds.Count)
            {
                var next = Math.Floor(bounds[i]) + 1;
                regions.Add(NumberRegion(next < bounds[i + 1] ? next : (bounds[i] + bounds[i + 1]) / 2));
            }
        }

        regions.Add(NumberRegion(Math.Floor(bounds[^1]) + 1));
        return regions;
    }

    private static Region NumberRegion(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return new Region(value, text, text);
    }

    private static List<Region> TextRegions(IReadOnlyList<CellTest> cells)
    {
        var values = Literals(cells).Select(e => e.String).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var regions = values.Select(v => new Region(v, Quote(v), Quote(v))).ToList();
        var other = "其他";
        while (values.Contains(other, StringComparer.Ordinal))
        {
            other += "值";
        }

        var listed = string.Join("、", values.Select(Quote));
        regions.Add(values.Count == 0
            ? new Region(other, Quote(other), Quote(other))
            : new Region(other, $"其他值（不是 {listed}）", $"another value (not {string.Join(", ", values.Select(Quote))})"));
        return regions;
    }

    private static string Quote(string text) => "\"" + text + "\"";

    private static IEnumerable<Endpoint> Literals(IEnumerable<CellTest> cells) => cells.SelectMany(cell => cell switch
    {
        ListTest list => list.Tests,
        NegatedTest negated => negated.Tests,
        _ => [],
    }).SelectMany(test => test switch
    {
        ValueTest v => [v.Value],
        ComparisonTest c => [c.Value],
        RangeTest r => new[] { r.Low, r.High },
        _ => [],
    });
}
