using FormsEngine.Diagnostics;
using FormsEngine.Expressions.Binding;
using FormsEngine.Expressions.Syntax;

namespace FormsEngine.Expressions;

/// <summary>
/// Entry point of the expression language: <c>年龄 &gt;= 60 AND 独居 == true</c>. One parser and one type checker
/// feed two backends — .NET expression trees and ES5 JavaScript — that give identical answers.
/// </summary>
public static class ExpressionCompiler
{
    /// <summary>Parses and type-checks <paramref name="source"/> against <paramref name="schema"/>, reporting every error.</summary>
    public static ExpressionCompilation Compile(string source, ExpressionSchema schema, ExpressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= ExpressionOptions.Default;
        schema.Freeze();
        var diagnostics = new List<Diagnostic>();
        var text = new SourceText(source);
        var syntax = Parser.Parse(text, options, diagnostics);
        if (syntax is null)
        {
            return new ExpressionCompilation(diagnostics, null, []);
        }

        var (root, references, nodeCount) = Binder.Bind(syntax, schema, options, text, diagnostics);
        var failed = diagnostics.Any(d => d.IsError);
        var expression = failed ? null : new CompiledExpression(source, schema, root, references, options, nodeCount);
        return new ExpressionCompilation(diagnostics, expression, references);
    }

    /// <summary>Checks syntax and limits only, without a schema.</summary>
    public static ExpressionParseResult Parse(string source, ExpressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new List<Diagnostic>();
        Parser.Parse(new SourceText(source), options ?? ExpressionOptions.Default, diagnostics);
        return new ExpressionParseResult(diagnostics);
    }
}
