using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Expressions.DotNet;
using FormsEngine.Rules.DecisionTables.Cells;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>Parses an input cell, translates it to the expression language and compiles it to a predicate.</summary>
internal static class CellCompiler
{
    /// <summary>
    /// Compiles <paramref name="text"/>. <paramref name="columnField"/> is null when the column itself failed to compile;
    /// then only the cell syntax is checked. Returns null after reporting an error.
    /// </summary>
    public static CompiledCell? Compile(string text, string path, string? columnField, ExpressionType? columnType,
        ExpressionSchema schema, ExpressionOptions options, List<Diagnostic> diagnostics)
    {
        CellTest test;
        try
        {
            test = CellParser.Parse(text);
        }
        catch (CellSyntaxException ex)
        {
            var (line, column) = SourceMap.ToLineColumn(text, ex.Position);
            diagnostics.Add(Diagnostic.Error(TableCodes.CellSyntax, path, "单元格写法有误：" + ex.MessageZh, "cell syntax error: " + ex.MessageEn) with
            {
                Line = line,
                Column = column,
            });
            return null;
        }

        if (test is AnyTest)
        {
            return new CompiledCell(text, test, null, null);
        }

        if (columnField is null || columnType is null)
        {
            return null;
        }

        if (test is ListTest { Tests: [ValueTest single] } && columnType.Kind != ExpressionTypeKind.Boolean
            && ExpressionCompiler.Compile(single.Value.Text, schema, options) is { Succeeded: true } alone
            && alone.Expression!.ResultType.Kind == ExpressionTypeKind.Boolean)
        {
            // A condition that does not mention the column, e.g. input1.独居 == true.
            test = new FreeTest(text, []);
        }

        var map = CellTranslator.Translate(test, text, columnField);
        var compilation = ExpressionCompiler.Compile(map.Text, schema, options);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            var (line, column) = diagnostic.Line > 0 ? map.Map(diagnostic.Line, diagnostic.Column, text) : (0, 0);
            diagnostics.Add(diagnostic with { Path = path, Line = line, Column = column });
        }

        if (compilation.Expression is not { } expression)
        {
            return null;
        }

        if (!expression.IsCondition)
        {
            diagnostics.Add(Diagnostic.Error(TableCodes.CellExpression, path,
                $"单元格的表达式应得出是/否，但得出的是{expression.ResultType.DisplayNameZh}；要与列值比较请写 ? 或比较符号，例如 ? > 100 或 >= 100",
                $"the cell expression must give a boolean, not {expression.ResultType.DisplayNameEn}; to compare with the column value write ? or an operator, e.g. ? > 100 or >= 100") with
            {
                Line = 1,
                Column = 1,
            });
            return null;
        }

        var predicate = DotNetEmitter.EmitPredicate(expression.Bound, options).Compile(preferInterpretation: expression.UsesInterpretation);
        return new CompiledCell(text, test, expression, predicate);
    }
}
