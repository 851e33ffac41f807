using FormsEngine.Diagnostics;

namespace FormsEngine.Expressions.Syntax;

/// <summary>Expression source with its line starts, so spans turn into 1-based line:column positions.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>Places <paramref name="diagnostic"/> at the start of <paramref name="span"/>.</summary>
    public Diagnostic At(TextSpan span, Diagnostic diagnostic)
    {
        var (line, column) = Position(span.Start);
        return diagnostic with { Line = line, Column = column };
    }
}
