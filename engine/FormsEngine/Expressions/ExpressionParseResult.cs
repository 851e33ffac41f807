using FormsEngine.Diagnostics;

namespace FormsEngine.Expressions;

/// <summary>The result of a syntax-only check (<see cref="ExpressionCompiler.Parse"/>).</summary>
public sealed class ExpressionParseResult
{
    internal ExpressionParseResult(IReadOnlyList<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Syntax errors and limit violations, with line:column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the text is syntactically valid.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
