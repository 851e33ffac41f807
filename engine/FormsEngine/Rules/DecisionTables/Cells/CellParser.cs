namespace FormsEngine.Rules.DecisionTables.Cells;

/// <summary>
/// Parses an input cell: <c>-</c>, ranges <c>[60..80)</c>, comparisons <c>&gt;= 80</c>, lists <c>"东区","西区"</c>,
/// negation <c>not(…)</c>, or a free expression (with <c>?</c> for the column value). Values inside are left as
/// expression text for the expression compiler; only the cell structure is checked here.
/// </summary>
internal static class CellParser
{
    /// <summary>Parses <paramref name="cell"/>; throws <see cref="CellSyntaxException"/> with a position on a syntax error.</summary>
    public static CellTest Parse(string cell)
    {
        var (start, end) = Trim(cell, 0, cell.Length);
        if (start == end || (end - start == 1 && cell[start] == '-'))
        {
            return new AnyTest();
        }

        CellScanner.CheckBalanced(cell);
        var placeholders = CellScanner.Placeholders(cell);
        if (placeholders.Count > 0)
        {
            return new FreeTest(cell, placeholders);
        }

        if (IsNegation(cell, start, end, out var innerStart))
        {
            var tests = ParseList(cell, innerStart, end - 1);
            return new NegatedTest(tests);
        }

        return new ListTest(ParseList(cell, start, end));
    }

    private static bool IsNegation(string cell, int start, int end, out int innerStart)
    {
        innerStart = 0;
        if (end - start < 5 || !cell.AsSpan(start, 3).Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var open = start + 3;
        while (open < end && char.IsWhiteSpace(cell[open]))
        {
            open++;
        }

        if (open >= end || cell[open] != '(' || cell[end - 1] != ')' || CellScanner.MatchingClose(cell, open) != end - 1)
        {
            return false;
        }

        innerStart = open + 1;
        if (Trim(cell, innerStart, end - 1) is var (s, e) && s == e)
        {
            throw new CellSyntaxException(open, "not( ) 里缺少要排除的值，例如 not(\"西区\") 或 not([60..80))",
                "not( ) needs the values to exclude, e.g. not(\"西区\") or not([60..80))");
        }

        return true;
    }

    private static List<UnaryTest> ParseList(string cell, int start, int end)
    {
        var tests = new List<UnaryTest>();
        foreach (var (s, e) in CellScanner.SplitTopLevel(cell, start, end))
        {
            var (ts, te) = Trim(cell, s, e);
            if (ts == te)
            {
                throw new CellSyntaxException(s,
                    "列表中有空项：多写了一个逗号？例如 \"东区\",\"西区\"", "an empty item in the list: an extra comma? e.g. \"东区\",\"西区\"");
            }

            tests.Add(ParseTest(cell, ts, te));
        }

        return tests;
    }

    private static UnaryTest ParseTest(string cell, int start, int end)
    {
        var c = cell[start];
        var next = start + 1 < end ? cell[start + 1] : '\0';
        (ComparisonOperator Op, int Width)? op = (c, next) switch
        {
            ('>', '=') => (ComparisonOperator.GreaterOrEqual, 2),
            ('<', '=') => (ComparisonOperator.LessOrEqual, 2),
            ('!', '=') or ('<', '>') => (ComparisonOperator.NotEqual, 2),
            ('=', '=') => (ComparisonOperator.Equal, 2),
            ('≥', _) => (ComparisonOperator.GreaterOrEqual, 1),
            ('≤', _) => (ComparisonOperator.LessOrEqual, 1),
            ('≠', _) => (ComparisonOperator.NotEqual, 1),
            ('>', _) => (ComparisonOperator.Greater, 1),
            ('<', _) => (ComparisonOperator.Less, 1),
            ('=', _) => (ComparisonOperator.Equal, 1),
            _ => null,
        };
        if (op is { } o)
        {
            var value = Value(cell, start + o.Width, end, start,
                "比较符号后面缺少值，例如 >= 80", "a value is missing after the comparison, e.g. >= 80");
            return new ComparisonTest(start, end - start, o.Op, value);
        }

        if (c is '[' or '(' && CellScanner.FindRangeDots(cell, start + 1, end) is var dots and >= 0)
        {
            return ParseRange(cell, start, end, dots);
        }

        if (IsNegation(cell, start, end, out _))
        {
            throw new CellSyntaxException(start, "not(…) 只能包住整个单元格，例如 not(\"东区\",\"西区\")，不能写在列表中间",
                "not(…) must wrap the whole cell, e.g. not(\"东区\",\"西区\"); it cannot be one item of a list");
        }

        if ((c == '[' && cell[end - 1] is ']' or ')') || (c == '(' && cell[end - 1] == ']'))
        {
            throw new CellSyntaxException(start, "区间的上下限之间要用两个点 .. 分隔，例如 [60..80)",
                "separate the bounds of a range with two dots .., e.g. [60..80)");
        }

        if (CellScanner.LooksLikeDashRange(cell, start, end))
        {
            throw new CellSyntaxException(start, "区间要写成 [下限..上限]，例如 [60..80) 表示 60 到 80（含 60，不含 80）",
                "write a range as [low..high], e.g. [60..80) means 60 up to 80 (60 included, 80 not)");
        }

        return new ValueTest(start, end - start, new Endpoint(cell[start..end], start));
    }

    private static RangeTest ParseRange(string cell, int start, int end, int dots)
    {
        var close = cell[end - 1];
        if (close is not (']' or ')'))
        {
            throw new CellSyntaxException(end - 1, "区间缺少右括号：用 ] 表示包含上限，用 ) 表示不包含，例如 [60..80)",
                "the range needs a closing bracket: ] includes the upper bound, ) excludes it, e.g. [60..80)");
        }

        var low = Value(cell, start + 1, dots, start, "区间缺少下限，例如 [60..80)；没有下限请写 < 80", "the range has no lower bound, e.g. [60..80); for no lower bound write < 80");
        var high = Value(cell, dots + 2, end - 1, dots, "区间缺少上限，例如 [60..80)；没有上限请写 >= 60", "the range has no upper bound, e.g. [60..80); for no upper bound write >= 60");
        return new RangeTest(start, end - start, low, cell[start] == '[', high, close == ']');
    }

    private static Endpoint Value(string cell, int start, int end, int errorAt, string zh, string en)
    {
        var (s, e) = Trim(cell, start, end);
        if (s >= e)
        {
            throw new CellSyntaxException(errorAt, zh, en);
        }

        return new Endpoint(cell[s..e], s);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
