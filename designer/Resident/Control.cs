using System.Globalization;

namespace FormsEngine.Designer.Resident;

/// <summary>One field's control being written: its id and name and the ARIA attributes every input of it carries.</summary>
internal readonly record struct Control(HtmlOutput Output, string Id, string Name, bool Required, bool HasHelp, bool HasErrors)
{
    /// <summary>Writes <c>&lt;tag type id name required aria-…</c>, leaving the tag open for more attributes.</summary>
    public Control Open(string tag, string? type) => OpenAs(tag, type, Id, Name);

    public Control OpenAs(string tag, string? type, string id, string name)
    {
        var o = Output;
        o.Raw("<").Raw(tag).Attr("type", type).Attr("id", id).Attr("name", name).Flag("required", Required);
        Aria();
        return this;
    }

    /// <summary>The <c>aria-describedby</c>/<c>aria-invalid</c> pair, pointing at the help and error paragraphs.</summary>
    public Control Aria()
    {
        var o = Output;
        if (HasHelp || HasErrors)
        {
            o.Attr("aria-describedby", HasHelp && HasErrors ? $"{Id}-h {Id}-e" : HasHelp ? Id + "-h" : Id + "-e");
        }

        if (HasErrors)
        {
            o.Raw(" aria-invalid=\"true\"");
        }

        return this;
    }

    public Control Attr(string name, string? value)
    {
        Output.Attr(name, value);
        return this;
    }

    public Control Number(string name, int value)
    {
        Output.Raw(" ").Raw(name).Raw("=\"").Raw(value.ToString(CultureInfo.InvariantCulture)).Raw("\"");
        return this;
    }

    public HtmlOutput Raw(string markup) => Output.Raw(markup);

    public Control RawAttrs(string markup)
    {
        Output.Raw(markup);
        return this;
    }
}
