using FormsEngine.Expressions;
using FormsEngine.Rules.Loading;
using FormsEngine.Rules.Runtime;

namespace FormsEngine.Rules.Compilation;

/// <summary>
/// Builds a <see cref="RuleScope"/> from params. Each param is typed by compiling its expression against the names
/// defined before it; then the scope's schema (parent fields + params, same layout prefix) is fixed and the params are
/// compiled against it for evaluation. A param that does not compile is left out, and reported.
/// </summary>
internal sealed class ScopeBuilder(ExpressionOptions options, DiagnosticSink sink)
{
    public RuleScope Build(RuleScope parent, IReadOnlyList<ParamModel> parameters, IReadOnlyList<(string Name, ExpressionType Type)>? external = null)
    {
        var accepted = new List<(ParamModel Param, ExpressionType Type)>();
        var current = parent.Schema;
        foreach (var param in parameters)
        {
            if (current.TryGetField(param.Name, out _))
            {
                sink.Add(RuleDiagnostics.DuplicateParam(JsonProps.Child(param.Path, "Name"), param.Name));
                continue;
            }

            var compilation = ExpressionCompiler.Compile(param.Expression, current, options);
            sink.AddAll(compilation.Diagnostics, param.ExpressionPath);
            if (compilation.Expression is not { } expression)
            {
                continue;
            }

            if (expression.ResultType.Kind is ExpressionTypeKind.Null or ExpressionTypeKind.Unknown)
            {
                sink.Add(RuleDiagnostics.ParamType(param.ExpressionPath, param.Name));
                continue;
            }

            accepted.Add((param, expression.ResultType));
            current = Extend(current, [(param.Name, expression.ResultType)]);
        }

        var extra = external ?? [];
        var schema = Extend(parent.Schema, [.. accepted.Select(a => (a.Param.Name, a.Type)), .. extra]);
        var slots = new List<ParamSlot>();
        foreach (var (param, _) in accepted)
        {
            schema.TryGetField(param.Name, out var field);
            var expression = ExpressionCompiler.Compile(param.Expression, schema, options).Expression!;
            slots.Add(ParamSlot.Computed(param.Name, field!, expression, options));
        }

        for (var i = 0; i < extra.Count; i++)
        {
            schema.TryGetField(extra[i].Name, out var field);
            slots.Add(ParamSlot.External(extra[i].Name, field!, i));
        }

        return new RuleScope(schema, parent, slots);
    }

    /// <summary>A new schema with the fields of <paramref name="schema"/> (same order, so the same layout) and then <paramref name="added"/>.</summary>
    public static ExpressionSchema Extend(ExpressionSchema schema, IEnumerable<(string Name, ExpressionType Type)> added)
    {
        var result = ExpressionSchema.Create();
        foreach (var field in schema.Fields)
        {
            result.Field(field.Name, field.Type);
        }

        foreach (var (name, type) in added)
        {
            if (!result.TryGetField(name, out _))
            {
                result.Field(name, type);
            }
        }

        return result;
    }
}
