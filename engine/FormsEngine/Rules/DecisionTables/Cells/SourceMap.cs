namespace FormsEngine.Rules.DecisionTables.Cells;

/// <summary>
/// Builds the expression text a cell translates to and remembers where each piece came from, so diagnostics of the
/// expression compiler point at the line and column inside the cell the user wrote.
/// </summary>
internal sealed class SourceMap
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<(int GenStart, int CellStart, bool Exact)> _runs = [];

    public string Text => _text.ToString();

    /// <summary>Appends generated text that stands for the cell text at <paramref name="cellPosition"/>.</summary>
    public SourceMap Glue(string text, int cellPosition)
    {
        _runs.Add((_text.Length, cellPosition, false));
        _text.Append(text);
        return this;
    }

    /// <summary>Appends cell text unchanged.</summary>
    public SourceMap Copy(string cell, int start, int length)
    {
        _runs.Add((_text.Length, start, true));
        _text.Append(cell, start, length);
        return this;
    }

    /// <summary>Maps a 1-based line:column of the generated text to a 1-based line:column of <paramref name="cell"/>.</summary>
    public (int Line, int Column) Map(int line, int column, string cell)
    {
        var generated = _text.ToString();
        var offset = ToOffset(generated, line, column);
        var cellOffset = 0;
        for (var i = _runs.Count - 1; i >= 0; i--)
        {
            var run = _runs[i];
            if (run.GenStart <= offset)
            {
                cellOffset = run.Exact ? run.CellStart + (offset - run.GenStart) : run.CellStart;
                break;
            }
        }

        return ToLineColumn(cell, Math.Clamp(cellOffset, 0, cell.Length));
    }

    public static (int Line, int Column) ToLineColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static int ToOffset(string text, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line && offset < text.Length; offset++)
        {
            if (text[offset] == '\n')
            {
                l++;
            }
        }

        return Math.Clamp(offset + Math.Max(column, 1) - 1, 0, text.Length);
    }
}
