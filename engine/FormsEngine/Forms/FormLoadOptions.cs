namespace FormsEngine.Forms;

/// <summary>Limits and leniency for <see cref="FormDefinition.Load(string, FormLoadOptions?)"/>.</summary>
public sealed class FormLoadOptions
{
    /// <summary>The default <see cref="MaxDocumentBytes"/>: 2 MB.</summary>
    public const int DefaultMaxDocumentBytes = 2 * 1024 * 1024;

    /// <summary>
    /// When true, a field whose <c>type</c> is not known loads as an opaque field that keeps its JSON, with a warning;
    /// when false (the default) it is an error.
    /// </summary>
    public bool AllowUnknown { get; init; }

    /// <summary>Largest accepted document, in UTF-8 bytes.</summary>
    public int MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    internal static FormLoadOptions Default { get; } = new();
}
