using System.Globalization;

namespace FormsEngine.Diagnostics;

/// <summary>
/// One problem found by a loader, compiler or validator. Errors are values: every stage returns all of its
/// diagnostics at once instead of throwing on the first one.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable machine-readable code, e.g. <c>form.choice.noOptions</c>.</param>
/// <param name="Path">Where, as a JSON path (<c>$.fields[3].options</c>); null when the location is a source position only.</param>
/// <param name="MessageZh">The message for staff and residents, in Chinese.</param>
/// <param name="MessageEn">The same message in English, for the API and logs.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string? Path,
    string MessageZh,
    string MessageEn)
{
    /// <summary>1-based line inside an expression or text source, or 0 when not applicable.</summary>
    public int Line { get; init; }

    /// <summary>1-based column inside an expression or text source, or 0 when not applicable.</summary>
    public int Column { get; init; }

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string? path, string messageZh, string messageEn) =>
        new(DiagnosticSeverity.Error, code, path, messageZh, messageEn);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string? path, string messageZh, string messageEn) =>
        new(DiagnosticSeverity.Warning, code, path, messageZh, messageEn);

    /// <summary>Bilingual one-line form: <c>$.fields[3].options: 中文 / English</c> or <c>1:5: 中文 / English</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(Path is null ? "" : Path + " ")}{Line}:{Column}")
            : Path ?? "";
        return where.Length == 0 ? $"{MessageZh} / {MessageEn}" : $"{where}: {MessageZh} / {MessageEn}";
    }
}
