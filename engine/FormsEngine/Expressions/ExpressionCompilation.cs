using FormsEngine.Diagnostics;

namespace FormsEngine.Expressions;

/// <summary>The result of <see cref="ExpressionCompiler.Compile"/>: every diagnostic, and the expression when there were no errors.</summary>
public sealed class ExpressionCompilation
{
    internal ExpressionCompilation(IReadOnlyList<Diagnostic> diagnostics, CompiledExpression? expression, IReadOnlyList<string> referencedFields)
    {
        Diagnostics = diagnostics;
        Expression = expression;
        ReferencedFields = referencedFields;
    }

    /// <summary>All problems found, each with line:column and Chinese/English messages.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when there are no errors.</summary>
    public bool Succeeded => Expression is not null;

    /// <summary>The compiled expression; null when there were errors.</summary>
    public CompiledExpression? Expression { get; }

    /// <summary>The fields the expression reads (see <see cref="CompiledExpression.References"/>), including when binding failed elsewhere.</summary>
    public IReadOnlyList<string> ReferencedFields { get; }
}
