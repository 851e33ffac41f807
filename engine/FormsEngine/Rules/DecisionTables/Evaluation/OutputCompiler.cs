using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables.Loading;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>Compiles an output cell: a JSON literal (<c>"A"</c>, <c>200</c>, <c>true</c>), <c>-</c> for null, or an expression.</summary>
internal static class OutputCompiler
{
    public static CompiledOutput? Compile(string text, string path, OutputColumn column, ExpressionSchema schema, ExpressionOptions options, List<Diagnostic> diagnostics)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "-")
        {
            return new CompiledOutput(null, null);
        }

        if (TryLiteral(trimmed) is { } literal)
        {
            if (column.Type is { } type && !OutputValues.Fits(literal, type))
            {
                diagnostics.Add(Diagnostic.Error(TableCodes.OutputType, path,
                    $"输出值 {trimmed} 与列“{column.Label.Zh}”的类型 {OutputValues.Name(type)} 不符；文本要加英文双引号，例如 \"A\"",
                    $"the output {trimmed} does not match the type {OutputValues.Name(type)} of column '{column.Id}'; put text in double quotes, e.g. \"A\""));
                return null;
            }

            if (column.AllowedValues is { } allowed && !allowed.Any(a => OutputValues.Same(a, literal)))
            {
                diagnostics.Add(Diagnostic.Error(TableCodes.NotAllowedValue, path,
                    $"输出值 {trimmed} 不在列“{column.Label.Zh}”的 allowedValues 中",
                    $"the output {trimmed} is not one of the allowedValues of column '{column.Id}'"));
                return null;
            }

            return new CompiledOutput(literal, null);
        }

        var compilation = ExpressionCompiler.Compile(text, schema, options);
        diagnostics.AddRange(compilation.Diagnostics.Select(d => d with { Path = path }));
        if (compilation.Expression is not { } expression)
        {
            return null;
        }

        if (column.Type is { } declared && !OutputValues.Fits(expression.ResultType, declared))
        {
            diagnostics.Add(Diagnostic.Error(TableCodes.OutputType, path,
                $"输出表达式得出{expression.ResultType.DisplayNameZh}，与列“{column.Label.Zh}”的类型 {OutputValues.Name(declared)} 不符",
                $"the output expression gives {expression.ResultType.DisplayNameEn}, not the type {OutputValues.Name(declared)} of column '{column.Id}'"));
            return null;
        }

        return new CompiledOutput(null, expression);
    }

    private static JsonValue? TryLiteral(string text)
    {
        if (text[0] is not ('"' or '-' or '.' or 't' or 'f') && !char.IsAsciiDigit(text[0]))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonValue;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
