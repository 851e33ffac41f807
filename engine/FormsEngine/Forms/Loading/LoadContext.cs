using FormsEngine.Diagnostics;

namespace FormsEngine.Forms.Loading;

/// <summary>State of one load: options, collected diagnostics, and the depth of repeat groups being read.</summary>
internal sealed class LoadContext
{
    public const int MaxRepeatDepth = 3;

    public LoadContext(FormLoadOptions options)
    {
        Options = options;
    }

    public FormLoadOptions Options { get; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public bool HasErrors { get; private set; }

    /// <summary>How many repeat groups enclose the fields being read now.</summary>
    public int RepeatDepth { get; set; }

    /// <summary>True while reading the children of a page.</summary>
    public bool InsidePage { get; set; }

    public void Add(Diagnostic diagnostic)
    {
        Diagnostics.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void Error(string code, string path, string zh, string en) => Add(Diagnostic.Error(code, path, zh, en));

    public void Warning(string code, string path, string zh, string en) => Add(Diagnostic.Warning(code, path, zh, en));
}
