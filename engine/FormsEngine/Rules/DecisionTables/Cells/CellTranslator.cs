namespace FormsEngine.Rules.DecisionTables.Cells;

/// <summary>
/// Translates a parsed cell into the expression language: <c>[60..80)</c> becomes <c>(c &gt;= (60) &amp;&amp; c &lt; (80))</c>,
/// <c>"东区","西区"</c> becomes <c>in(c, ("东区"), ("西区"))</c>, <c>not(…)</c> becomes <c>(c != null &amp;&amp; !(…))</c>.
/// </summary>
internal static class CellTranslator
{
    public static SourceMap Translate(CellTest test, string cell, string column) => test switch
    {
        FreeTest free => TranslateFree(free, cell, column),
        NegatedTest negated => List(new SourceMap().Glue("(" + column + " != null && !(", 0), negated.Tests, cell, column).Glue("))", cell.Length),
        ListTest list => List(new SourceMap(), list.Tests, cell, column),
        _ => throw new InvalidOperationException($"{test.GetType().Name} has no expression."),
    };

    private static SourceMap TranslateFree(FreeTest free, string cell, string column)
    {
        var map = new SourceMap();
        var position = 0;
        foreach (var placeholder in free.Placeholders)
        {
            map.Copy(cell, position, placeholder - position).Glue(column, placeholder);
            position = placeholder + 1;
        }

        return map.Copy(cell, position, cell.Length - position);
    }

    private static SourceMap List(SourceMap map, IReadOnlyList<UnaryTest> tests, string cell, string column)
    {
        if (tests.Count > 1 && tests.All(t => t is ValueTest))
        {
            map.Glue("in(" + column, tests[0].Start);
            foreach (var value in tests.Cast<ValueTest>())
            {
                map.Glue(", (", value.Start);
                Endpoint(map, value.Value, cell).Glue(")", value.Start + value.Length - 1);
            }

            return map.Glue(")", tests[^1].Start + tests[^1].Length - 1);
        }

        for (var i = 0; i < tests.Count; i++)
        {
            if (i > 0)
            {
                map.Glue(" || ", tests[i].Start);
            }

            Test(map, tests[i], cell, column);
        }

        return map;
    }

    private static void Test(SourceMap map, UnaryTest test, string cell, string column)
    {
        switch (test)
        {
            case ValueTest value:
                map.Glue("(" + column + " == (", value.Start);
                Endpoint(map, value.Value, cell).Glue("))", value.Start);
                break;
            case ComparisonTest { Operator: ComparisonOperator.NotEqual } notEqual:
                // Like not(…), != matches a present value only: a missing answer is not "different from 西区".
                map.Glue("(" + column + " != null && " + column + " != (", notEqual.Start);
                Endpoint(map, notEqual.Value, cell).Glue("))", notEqual.Start);
                break;
            case ComparisonTest comparison:
                map.Glue("(" + column + " " + Symbol(comparison.Operator) + " (", comparison.Start);
                Endpoint(map, comparison.Value, cell).Glue("))", comparison.Start);
                break;
            case RangeTest range:
                map.Glue("(" + column + (range.LowClosed ? " >= (" : " > ("), range.Start);
                Endpoint(map, range.Low, cell);
                map.Glue(") && " + column + (range.HighClosed ? " <= (" : " < ("), range.High.Start);
                Endpoint(map, range.High, cell).Glue("))", range.Start + range.Length - 1);
                break;
            default:
                throw new InvalidOperationException($"Unknown test {test.GetType().Name}.");
        }
    }

    private static SourceMap Endpoint(SourceMap map, Endpoint endpoint, string cell) => map.Copy(cell, endpoint.Start, endpoint.Text.Length);

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };
}
