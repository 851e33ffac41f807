using FormsEngine.Diagnostics;

namespace FormsEngine.Rules.Compilation;

/// <summary>
/// Collects diagnostics once each: an injected workflow's rules and an <c>EvaluateRule</c> target are compiled in more
/// than one scope, and the same problem must not be reported twice.
/// </summary>
internal sealed class DiagnosticSink
{
    private readonly List<Diagnostic> _all = [];
    private readonly HashSet<(string Code, string? Path, int Line, int Column, string Message)> _seen = [];

    public IReadOnlyList<Diagnostic> All => _all;

    public bool HasErrors => _all.Any(d => d.IsError);

    public void Add(Diagnostic diagnostic)
    {
        if (_seen.Add((diagnostic.Code, diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.MessageEn)))
        {
            _all.Add(diagnostic);
        }
    }

    /// <summary>Adds expression diagnostics (line:col inside the expression) at the JSON path of the expression.</summary>
    public void AddAll(IEnumerable<Diagnostic> diagnostics, string path)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic with { Path = path });
        }
    }
}
