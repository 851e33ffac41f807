namespace FormsEngine.Rules.DecisionTables.Cells;

/// <summary>A parsed input cell. Offsets are UTF-16 positions inside the cell text.</summary>
internal abstract record CellTest;

/// <summary><c>-</c> or an empty cell: matches every value, including a missing one.</summary>
internal sealed record AnyTest : CellTest;

/// <summary>A comma-separated list of unary tests; the cell matches when one of them does.</summary>
internal sealed record ListTest(IReadOnlyList<UnaryTest> Tests) : CellTest;

/// <summary><c>not(…)</c>: matches a present value that none of the tests match.</summary>
internal sealed record NegatedTest(IReadOnlyList<UnaryTest> Tests) : CellTest;

/// <summary>A free boolean expression, with <c>?</c> standing for the column value (at <see cref="Placeholders"/>).</summary>
internal sealed record FreeTest(string Source, IReadOnlyList<int> Placeholders) : CellTest;

/// <summary>One test of a list.</summary>
internal abstract record UnaryTest(int Start, int Length);

/// <summary><c>&gt;= 80</c>, <c>&lt; 60</c>, <c>= 5</c>, <c>!= "西区"</c>.</summary>
internal sealed record ComparisonTest(int Start, int Length, ComparisonOperator Operator, Endpoint Value) : UnaryTest(Start, Length);

/// <summary><c>[60..80)</c>: a closed or open bound at each end.</summary>
internal sealed record RangeTest(int Start, int Length, Endpoint Low, bool LowClosed, Endpoint High, bool HighClosed) : UnaryTest(Start, Length);

/// <summary>A plain value: equal to the column value.</summary>
internal sealed record ValueTest(int Start, int Length, Endpoint Value) : UnaryTest(Start, Length);

/// <summary>The operators of <see cref="ComparisonTest"/>.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
