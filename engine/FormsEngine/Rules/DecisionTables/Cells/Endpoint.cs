using System.Globalization;

namespace FormsEngine.Rules.DecisionTables.Cells;

/// <summary>
/// A value inside a cell: an expression of the expression language, usually a literal (<c>60</c>, <c>"东区"</c>, <c>true</c>).
/// Literals are also decoded here so the table analysis can reason about them exactly.
/// </summary>
internal sealed record Endpoint(string Text, int Start)
{
    /// <summary>The value of a number literal (optionally negative), else null.</summary>
    public decimal? Number { get; } = ParseNumber(Text);

    /// <summary>The value of a simple string literal (no escapes), else null.</summary>
    public string? String { get; } = ParseString(Text);

    /// <summary>The value of <c>true</c> or <c>false</c>, else null.</summary>
    public bool? Boolean { get; } = Text switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <summary>True when the analysis knows the exact value.</summary>
    public bool IsLiteral => Number is not null || String is not null || Boolean is not null;

    private static decimal? ParseNumber(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '.')
        && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string? ParseString(string text)
    {
        if (text.Length < 2 || text[0] is not ('"' or '\'') || text[^1] != text[0])
        {
            return null;
        }

        var inner = text[1..^1];
        return inner.Contains(text[0], StringComparison.Ordinal) || inner.Contains('\\', StringComparison.Ordinal) ? null : inner;
    }
}
