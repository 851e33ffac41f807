using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// Writes HTML to a <see cref="TextWriter"/>: markup as is, every author or resident text through one
/// <see cref="HtmlEncoder"/> that leaves Chinese readable (all Unicode ranges allowed) but encodes
/// <c>&lt; &gt; &amp; " '</c> and anything unsafe.
/// </summary>
internal sealed class HtmlOutput
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public HtmlOutput(TextWriter writer)
    {
        Writer = writer;
    }

    public TextWriter Writer { get; }

    /// <summary>Trusted markup.</summary>
    public HtmlOutput Raw(string markup)
    {
        Writer.Write(markup);
        return this;
    }

    /// <summary>Text content, encoded.</summary>
    public HtmlOutput Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(Writer, text);
        }

        return this;
    }

    /// <summary><c> name="value"</c> with the value encoded; nothing when the value is null.</summary>
    public HtmlOutput Attr(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        Writer.Write(' ');
        Writer.Write(name);
        Writer.Write("=\"");
        Encoder.Encode(Writer, value);
        Writer.Write('"');
        return this;
    }

    /// <summary>A boolean attribute (<c> required</c>) when <paramref name="on"/>.</summary>
    public HtmlOutput Flag(string name, bool on)
    {
        if (on)
        {
            Writer.Write(' ');
            Writer.Write(name);
        }

        return this;
    }

    public static string Encode(string text) => Encoder.Encode(text);
}
