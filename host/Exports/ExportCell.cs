using System.Globalization;

namespace FormsEngine.Host.Exports;

/// <summary>One formatted value: text, a number (a numeric cell in .xlsx, never injection-prefixed in CSV) or empty.</summary>
internal readonly record struct ExportCell
{
    private ExportCell(string? text, decimal? number)
    {
        Text = text;
        Number = number;
    }

    /// <summary>The empty cell.</summary>
    public static ExportCell Empty => default;

    /// <summary>The text, or null for a number or an empty cell.</summary>
    public string? Text { get; }

    /// <summary>The number, or null.</summary>
    public decimal? Number { get; }

    public bool IsEmpty => Number is null && string.IsNullOrEmpty(Text);

    public static ExportCell FromText(string? text) => new(text, null);

    public static ExportCell FromNumber(decimal number) => new(null, number);

    /// <summary>The cell as plain text (numbers in invariant culture, no exponent).</summary>
    public override string ToString() => Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : Text ?? "";
}
