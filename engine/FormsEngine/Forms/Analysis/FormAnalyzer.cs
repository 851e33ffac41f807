using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Analysis;

/// <summary>
/// Whole-form analysis of the expressions a form carries (<c>visibleIf</c>, <c>requiredIf</c>, <c>calculate</c>,
/// custom validations): type errors and unknown fields with JSON path plus line:col, cycles among
/// <c>calculate</c> and <c>visibleIf</c> named by their path, and warnings for fields that can never be visible.
/// </summary>
public static class FormAnalyzer
{
    /// <summary>Checks every expression of <paramref name="form"/> and reports all problems at once.</summary>
    public static FormAnalysis Analyze(FormDefinition form, ExpressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        options ??= ExpressionOptions.Default;
        var fields = AnalyzedField.Flatten(form);
        var calculatedTypes = InferCalculatedTypes(form, fields, options);
        var schemas = new FormSchemas(form, calculatedTypes);
        var diagnostics = new List<Diagnostic>();
        var expressions = new Dictionary<string, FieldExpressions>(StringComparer.Ordinal);
        var dependencies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var keys = AnalyzedField.Keys(fields);
        foreach (var entry in fields)
        {
            var field = entry.Field;
            if (field.VisibleIf is null && field.RequiredIf is null && field.Calculate is null && field.Validations.Count == 0)
            {
                continue;
            }

            var schema = schemas.For(entry.RepeatScope);
            var path = field.DefinitionPath;
            var visibleIf = CompileCondition(field.VisibleIf, $"{path}.visibleIf", schema, options, diagnostics, out var visibleReads);
            var requiredIf = CompileCondition(field.RequiredIf, $"{path}.requiredIf", schema, options, diagnostics, out _);
            var calculate = CompileCalculate(field, schema, options, diagnostics, out var calculateReads);
            var validations = new CompiledExpression?[field.Validations.Count];
            for (var i = 0; i < validations.Length; i++)
            {
                validations[i] = CompileCondition(field.Validations[i].Expression, $"{path}.validations[{i}].expression", schema, options, diagnostics, out _);
            }

            expressions[entry.QualifiedKey] = new FieldExpressions(visibleIf, requiredIf, calculate, validations);
            var edges = new List<string>();
            AddEdges(visibleReads, entry.RepeatScope, keys, edges);
            AddEdges(calculateReads, entry.RepeatScope, keys, edges);
            dependencies[entry.QualifiedKey] = edges;
        }

        diagnostics.AddRange(DependencyCycles.Find(dependencies, fields));
        var neverVisible = VisibilityAnalysis.FindNeverVisible(fields, keys, expressions, diagnostics);
        return new FormAnalysis(diagnostics, expressions, neverVisible, schemas, fields, keys);
    }

    /// <summary>
    /// The schema that expressions on the form's top-level fields are checked against (calculated fields typed by
    /// their expressions). Use it to compile your own expressions over a form's answers.
    /// </summary>
    public static ExpressionSchema CreateSchema(FormDefinition form, ExpressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var types = InferCalculatedTypes(form, AnalyzedField.Flatten(form), options ?? ExpressionOptions.Default);
        return new FormSchemas(form, types).Top;
    }

    private static CompiledExpression? CompileCondition(string? source, string path, ExpressionSchema schema, ExpressionOptions options, List<Diagnostic> diagnostics, out IReadOnlyList<string> references)
    {
        var compiled = Compile(source, path, schema, options, diagnostics, out references);
        if (compiled is not null && !compiled.IsCondition)
        {
            diagnostics.Add(Diagnostic.Error(
                "form.expression.notCondition",
                path,
                $"这里需要一个成立或不成立的条件，而表达式的结果是{compiled.ResultType.DisplayNameZh}",
                $"a condition (true/false) is needed here, but the expression gives {compiled.ResultType.DisplayNameEn}") with { Line = 1, Column = 1 });
            return null;
        }

        return compiled;
    }

    private static CompiledExpression? CompileCalculate(FormField field, ExpressionSchema schema, ExpressionOptions options, List<Diagnostic> diagnostics, out IReadOnlyList<string> references)
    {
        var path = $"{field.DefinitionPath}.calculate";
        var compiled = Compile(field.Calculate, path, schema, options, diagnostics, out references);
        if (compiled is null || field.Type is FieldTypes.Calculated or FieldTypes.Hidden)
        {
            return compiled;
        }

        var expected = schema.TryGetField(field.Key, out var declared) ? declared.Type : null;
        if (expected is not null && compiled.ResultType != expected && compiled.ResultType.Kind != ExpressionTypeKind.Null)
        {
            diagnostics.Add(Diagnostic.Error(
                "form.expression.calculateType",
                path,
                $"计算结果是{compiled.ResultType.DisplayNameZh}，但字段“{field.Key}”需要{expected.DisplayNameZh}",
                $"the calculation gives {compiled.ResultType.DisplayNameEn}, but field '{field.Key}' holds {expected.DisplayNameEn}") with { Line = 1, Column = 1 });
            return null;
        }

        return compiled;
    }

    // `references` is what the expression reads; it is known even when the expression does not compile, so cycles
    // are reported beside type errors.
    private static CompiledExpression? Compile(string? source, string path, ExpressionSchema schema, ExpressionOptions options, List<Diagnostic> diagnostics, out IReadOnlyList<string> references)
    {
        references = [];
        if (source is null)
        {
            return null;
        }

        var compilation = ExpressionCompiler.Compile(source, schema, options);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            diagnostics.Add(diagnostic with { Path = path });
        }

        references = compilation.ReferencedFields;
        return compilation.Expression;
    }

    /// <summary>Types of calculated fields, found by compiling their expressions until the types stop changing.</summary>
    private static Dictionary<FormField, ExpressionType> InferCalculatedTypes(FormDefinition form, List<AnalyzedField> fields, ExpressionOptions options)
    {
        var types = new Dictionary<FormField, ExpressionType>();
        var calculated = fields.Where(f => f.Field.Type == FieldTypes.Calculated && f.Field.Calculate is not null).ToList();
        for (var round = 0; round <= calculated.Count; round++)
        {
            var changed = false;
            foreach (var entry in calculated)
            {
                var schema = entry.RepeatScope is null
                    ? FormSchemaBuilder.ForForm(form.Fields, types)
                    : FormSchemaBuilder.ForRepeatItem(entry.RepeatScope, form.Fields, types);
                var type = ExpressionCompiler.Compile(entry.Field.Calculate!, schema, options).Expression?.ResultType;
                if (type is not null && type != types.GetValueOrDefault(entry.Field))
                {
                    types[entry.Field] = type;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return types;
    }

    private static void AddEdges(IReadOnlyList<string> references, FormField? scope, IReadOnlySet<string> keys, List<string> edges)
    {
        foreach (var reference in references)
        {
            var node = ReferenceResolver.ToFieldKey(reference, scope, keys);
            if (node is not null && !edges.Contains(node))
            {
                edges.Add(node);
            }
        }
    }
}
