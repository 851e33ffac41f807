using System.Text.RegularExpressions;

namespace FormsEngine.Rules.DecisionTables.Cells;

/// <summary>Low-level scanning of cell text that respects string literals and bracket nesting.</summary>
internal static partial class CellScanner
{
    /// <summary>Checks that quotes are closed and brackets balance (any kind: <c>[60..80)</c> is balanced).</summary>
    public static void CheckBalanced(string cell)
    {
        var open = new Stack<int>();
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c is '“' or '”' or '‘' or '’')
            {
                throw new CellSyntaxException(i, "请用英文引号：\"东区\"，不要用中文引号 “东区”", "use straight quotes: \"东区\", not curly quotes “东区”");
            }

            if (c is '"' or '\'')
            {
                i = SkipString(cell, i);
            }
            else if (c is '(' or '[')
            {
                open.Push(i);
            }
            else if (c is ')' or ']')
            {
                if (open.Count == 0)
                {
                    throw new CellSyntaxException(i, "多了一个右括号，或者缺少对应的左括号", "an extra closing bracket, or its opening bracket is missing");
                }

                open.Pop();
            }
        }

        if (open.Count > 0)
        {
            throw new CellSyntaxException(open.Peek(), "括号没有闭合：区间请写成 [60..80) 或 (1..3]，函数请写成 not(\"西区\")",
                "the bracket is not closed: write ranges as [60..80) or (1..3], calls as not(\"西区\")");
        }
    }

    /// <summary>The positions of <c>?</c> used as the column value (not <c>??</c>, not the <c>? :</c> operator after an operand).</summary>
    public static List<int> Placeholders(string cell)
    {
        var result = new List<int>();
        var afterOperand = false;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c is '"' or '\'')
            {
                i = SkipString(cell, i);
                afterOperand = true;
            }
            else if (c == '?' && i + 1 < cell.Length && cell[i + 1] == '?')
            {
                i++;
                afterOperand = false;
            }
            else if (c == '?')
            {
                if (!afterOperand)
                {
                    result.Add(i);
                    afterOperand = true;
                }
                else
                {
                    afterOperand = false;
                }
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '.')
            {
                var start = i;
                while (i + 1 < cell.Length && (char.IsLetterOrDigit(cell[i + 1]) || cell[i + 1] is '_' or '.'))
                {
                    i++;
                }

                var word = cell.AsSpan(start, i - start + 1);
                afterOperand = !(word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("not", StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                afterOperand = c is ')' or ']';
            }
        }

        return result;
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, or -1.</summary>
    public static int MatchingClose(string cell, int open)
    {
        var depth = 0;
        for (var i = open; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c is '"' or '\'')
            {
                i = SkipString(cell, i);
            }
            else if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Splits [start, end) at top-level commas (ASCII or full-width).</summary>
    public static List<(int Start, int End)> SplitTopLevel(string cell, int start, int end)
    {
        var parts = new List<(int, int)>();
        var depth = 0;
        var partStart = start;
        for (var i = start; i < end; i++)
        {
            var c = cell[i];
            if (c is '"' or '\'')
            {
                i = SkipString(cell, i);
            }
            else if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c is ',' or '，' && depth == 0)
            {
                parts.Add((partStart, i));
                partStart = i + 1;
            }
        }

        parts.Add((partStart, end));
        return parts;
    }

    /// <summary>The position of the <c>..</c> of a range whose opening bracket precedes <paramref name="start"/>, or -1.</summary>
    public static int FindRangeDots(string cell, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end - 1; i++)
        {
            var c = cell[i];
            if (c is '"' or '\'')
            {
                i = SkipString(cell, i);
            }
            else if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c == '.' && cell[i + 1] == '.' && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True for <c>60-80</c> or <c>60~80</c>, a common way of writing a range that means subtraction here.</summary>
    public static bool LooksLikeDashRange(string cell, int start, int end) => DashRange().IsMatch(cell.AsSpan(start, end - start));

    private static int SkipString(string cell, int quote)
    {
        var q = cell[quote];
        for (var i = quote + 1; i < cell.Length; i++)
        {
            if (cell[i] == '\\')
            {
                i++;
            }
            else if (cell[i] == q)
            {
                return i;
            }
        }

        throw new CellSyntaxException(quote, "引号没有配对：文本要用英文双引号括起来，例如 \"东区\"", "the quote is not closed: put text in straight double quotes, e.g. \"东区\"");
    }

    [GeneratedRegex(@"^\d+(\.\d+)?\s*[-~～—]\s*\d+(\.\d+)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DashRange();
}
