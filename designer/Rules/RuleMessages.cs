using FormsEngine.Designer.Operations;
using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>Engine diagnostics as the studio shows them: bilingual, with the JSON path and line:col.</summary>
public static class RuleMessages
{
    /// <summary>The diagnostic as a <see cref="RuleMessage"/>, e.g. where = <c>$.Rules[0].Expression 1:7</c>.</summary>
    public static RuleMessage From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var where = diagnostic.Line > 0 ? $"{diagnostic.Path} {diagnostic.Line}:{diagnostic.Column}".Trim() : diagnostic.Path;
        return new RuleMessage(diagnostic.MessageZh, diagnostic.MessageEn, where);
    }

    /// <summary>Every error of <paramref name="diagnostics"/>, with <paramref name="prefix"/> before each path (e.g. <c>form</c>).</summary>
    public static IReadOnlyList<RuleMessage> Errors(IEnumerable<Diagnostic> diagnostics, string? prefix = null) =>
        [.. diagnostics.Where(d => d.IsError).Select(From).Select(m => prefix is null ? m : m with { Where = prefix + " " + m.Where })];
}
