using FormsEngine.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormsEngine.Host.Api;

/// <summary>
/// ProblemDetails with the message in Chinese (<c>title</c>) and English (<c>detail</c>), plus a stable code and,
/// where there are several, every diagnostic with its path.
/// </summary>
internal static class BilingualProblem
{
    public static ProblemHttpResult Create(int status, string code, string zh, string en, IEnumerable<Diagnostic>? diagnostics = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (diagnostics is not null)
        {
            extensions["errors"] = diagnostics.Select(d => new DiagnosticDto(d)).ToArray();
        }

        return TypedResults.Problem(title: zh, detail: en, statusCode: status, extensions: extensions);
    }

    /// <summary>A diagnostic as the API shows it.</summary>
    internal sealed class DiagnosticDto(Diagnostic diagnostic)
    {
        public string Severity { get; } = diagnostic.IsError ? "error" : "warning";

        public string Code { get; } = diagnostic.Code;

        public string? Path { get; } = diagnostic.Path;

        public int? Line { get; } = diagnostic.Line > 0 ? diagnostic.Line : null;

        public int? Column { get; } = diagnostic.Line > 0 ? diagnostic.Column : null;

        public string MessageZh { get; } = diagnostic.MessageZh;

        public string MessageEn { get; } = diagnostic.MessageEn;
    }
}
