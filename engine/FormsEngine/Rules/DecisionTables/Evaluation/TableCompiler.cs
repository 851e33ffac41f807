using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Rules.DecisionTables.Loading;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>
/// Compiles a read table. Input columns are compiled against the caller's schema first (to learn their types), then
/// against an evaluation schema: the caller's fields in the same order plus one field per column (<c>__col1</c>, …)
/// that holds the column value, computed once per evaluation. Cells are compiled against the evaluation schema.
/// </summary>
internal static class TableCompiler
{
    public static DecisionTable? Compile(TableDocument document, ExpressionSchema inputSchema, DecisionTableOptions options, List<Diagnostic> diagnostics)
    {
        var expressionOptions = options.ExpressionOptions;
        var errorsBefore = diagnostics.Count(d => d.IsError);
        var types = new ExpressionType?[document.Inputs.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = ColumnType(document.Inputs[i], JsonPaths.Property(JsonPaths.Index("$.inputs", i), "expression"), inputSchema, expressionOptions, diagnostics);
        }

        var schema = ExpressionSchema.Create();
        foreach (var field in inputSchema.Fields)
        {
            schema.Field(field.Name, field.Type);
        }

        var fieldNames = new string?[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] is { } type)
            {
                var name = "__col" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                while (schema.TryGetField(name, out _))
                {
                    name = "_" + name;
                }

                schema.Field(name, type);
                fieldNames[i] = name;
            }
        }

        var columns = new CompiledColumn[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            if (fieldNames[i] is { } name && schema.TryGetField(name, out var field))
            {
                var expression = ExpressionCompiler.Compile(document.Inputs[i].Expression, schema, expressionOptions).Expression!;
                columns[i] = new CompiledColumn(document.Inputs[i], name, expression, ColumnWriter.Create(expression, field, expressionOptions));
            }
        }

        var rows = new List<CompiledRow>();
        for (var r = 0; r < document.Rules.Count; r++)
        {
            if (CompileRow(document, r, schema, fieldNames, types, expressionOptions, diagnostics) is { } row)
            {
                rows.Add(row);
            }
        }

        if (diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        return new DecisionTable(document, inputSchema, schema, columns, [.. rows], options);
    }

    private static ExpressionType? ColumnType(InputColumn column, string path, ExpressionSchema inputSchema, ExpressionOptions options, List<Diagnostic> diagnostics)
    {
        var compilation = ExpressionCompiler.Compile(column.Expression, inputSchema, options);
        diagnostics.AddRange(compilation.Diagnostics.Select(d => d with { Path = path }));
        if (compilation.Expression is not { } expression)
        {
            return null;
        }

        if (expression.ResultType.Kind is ExpressionTypeKind.Null or ExpressionTypeKind.Unknown)
        {
            diagnostics.Add(Diagnostic.Error(TableCodes.InputExpression, path, "输入列的表达式没有确定的类型（只写了 null？）", "the input expression has no definite type (just null?)"));
            return null;
        }

        return expression.ResultType;
    }

    private static CompiledRow? CompileRow(TableDocument document, int r, ExpressionSchema schema, string?[] fieldNames, ExpressionType?[] types,
        ExpressionOptions options, List<Diagnostic> diagnostics)
    {
        var rule = document.Rules[r];
        var rowPath = JsonPaths.Index("$.rules", r);
        var ok = true;
        var cells = new CompiledCell[rule.InputEntries.Count];
        for (var c = 0; c < cells.Length; c++)
        {
            var path = JsonPaths.Index(rowPath + ".inputEntries", c);
            var cell = CellCompiler.Compile(rule.InputEntries[c], path, fieldNames[c], types[c], schema, options, diagnostics);
            ok &= cell is not null;
            cells[c] = cell!;
        }

        var outputs = new CompiledOutput[rule.OutputEntries.Count];
        for (var o = 0; o < outputs.Length; o++)
        {
            var path = JsonPaths.Index(rowPath + ".outputEntries", o);
            var output = OutputCompiler.Compile(rule.OutputEntries[o], path, document.Outputs[o], schema, options, diagnostics);
            ok &= output is not null;
            outputs[o] = output!;
        }

        if (!ok)
        {
            return null;
        }

        if (NeedsNumericFirstOutput(document) && !IsNumeric(outputs[0]))
        {
            diagnostics.Add(Diagnostic.Error(TableCodes.AggregationType, rowPath + ".outputEntries[0]",
                "SUM/MIN/MAX 汇总第一个输出，这里必须是数字或得出数字的表达式", "SUM/MIN/MAX aggregate the first output, which must be a number or a numeric expression here"));
            return null;
        }

        var rank = 0;
        if (document.HitPolicy == HitPolicy.Priority)
        {
            if (rule.Priority is { } priority)
            {
                rank = priority;
            }
            else if (document.Outputs[0].AllowedValues is { } allowed)
            {
                if (outputs[0].Expression is not null)
                {
                    diagnostics.Add(Diagnostic.Error(TableCodes.PriorityMissing, rowPath + ".outputEntries[0]",
                        "按 allowedValues 排优先级时，第一个输出必须是固定值；或者给每行写 priority", "when allowedValues decide priority the first output must be a fixed value; or give every row a priority"));
                    return null;
                }

                var index = allowed.ToList().FindIndex(a => OutputValues.Same(a, outputs[0].Constant));
                rank = index < 0 ? int.MinValue : allowed.Count - index;
            }
        }

        return new CompiledRow(r, cells, outputs, rule.Description, rank);
    }

    private static bool NeedsNumericFirstOutput(TableDocument document) =>
        document.HitPolicy == HitPolicy.Collect && document.Aggregation is CollectAggregation.Sum or CollectAggregation.Min or CollectAggregation.Max;

    private static bool IsNumeric(CompiledOutput output) =>
        output.Expression is { } e ? e.ResultType.Kind is ExpressionTypeKind.Number or ExpressionTypeKind.Null
            : output.Constant is null || OutputValues.Number(output.Constant) is not null;
}
