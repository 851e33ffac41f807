using FormsEngine.Expressions;
using FormsEngine.Rules.Loading;
using FormsEngine.Rules.Runtime;
using FormsEngine.Scripting;

namespace FormsEngine.Rules.Compilation;

/// <summary>Compiles one rule and its nested rules in a scope, reporting every problem at its JSON path.</summary>
internal sealed class RuleCompiler(RuleSetOptions options, DiagnosticSink sink, ActionCompiler actions)
{
    private readonly ScopeBuilder _scopes = new(options.Expressions, sink);

    /// <param name="rule">The rule as read.</param>
    /// <param name="parent">The scope it runs in.</param>
    /// <param name="origin">The workflow and top-level rule it belongs to, for <c>EvaluateRule</c> cycle checks.</param>
    public CompiledRule Compile(RuleModel rule, RuleScope parent, (string Workflow, string Rule) origin)
    {
        var owns = rule.LocalParams.Count > 0;
        var scope = owns ? _scopes.Build(parent, rule.LocalParams) : parent;
        CompiledExpression? expression = null;
        CompiledScript? script = null;
        var children = new List<CompiledRule>();
        if (rule.Operator != RuleOperator.None || rule.Rules.Count > 0)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var child in rule.Rules)
            {
                if (!names.Add(child.Name))
                {
                    sink.Add(RuleDiagnostics.DuplicateRule(JsonProps.Child(child.Path, "RuleName"), child.Name));
                }

                var compiled = Compile(child, scope, origin);
                if (child.Enabled)
                {
                    children.Add(compiled);
                }
            }
        }
        else if (rule.Expression is { } source && !string.IsNullOrWhiteSpace(source))
        {
            if (rule.Kind == RuleExpressionKind.JavaScript)
            {
                var compiled = JavaScriptSandbox.Compile(source, options.JavaScript);
                sink.AddAll(compiled.Diagnostics, rule.ExpressionPath);
                script = compiled.Script;
            }
            else
            {
                expression = CompileCondition(source, scope.Schema, rule.ExpressionPath);
            }
        }

        return new CompiledRule
        {
            Name = rule.Name,
            Scope = scope,
            OwnsScope = owns,
            Expression = expression,
            Script = script,
            ScriptSource = script is null ? null : rule.Expression,
            Operator = rule.Operator,
            Children = children,
            SuccessEvent = rule.SuccessEvent,
            SuccessMessage = Template(rule.SuccessMessage, scope.Schema),
            ErrorMessage = Template(rule.ErrorMessage, scope.Schema),
            Properties = rule.Properties,
            OnSuccess = actions.Compile(rule.OnSuccess, scope, origin),
            OnFailure = actions.Compile(rule.OnFailure, scope, origin),
        };
    }

    private CompiledExpression? CompileCondition(string source, ExpressionSchema schema, string path)
    {
        var compilation = ExpressionCompiler.Compile(source, schema, options.Expressions);
        sink.AddAll(compilation.Diagnostics, path);
        if (compilation.Expression is not { } expression)
        {
            return null;
        }

        if (!expression.IsCondition)
        {
            sink.Add(RuleDiagnostics.NotCondition(path, expression.ResultType.DisplayNameZh, expression.ResultType.DisplayNameEn));
            return null;
        }

        return expression;
    }

    private RuleTemplate? Template(TemplateModel? model, ExpressionSchema schema)
    {
        if (model is null)
        {
            return null;
        }

        var template = RuleTemplate.Compile(model.Text, out var error);
        if (error is not null)
        {
            sink.Add(RuleDiagnostics.Template(model.Path, error));
        }

        foreach (var path in template?.Paths ?? [])
        {
            if (!Resolves(schema, path.Split('.')))
            {
                sink.Add(RuleDiagnostics.TemplateName(model.Path, path));
            }
        }

        return template;
    }

    /// <summary>True when a dotted path names a field in scope (through records and lists of records).</summary>
    private static bool Resolves(ExpressionSchema schema, string[] parts)
    {
        var current = schema;
        foreach (var part in parts)
        {
            if (current is null || !current.TryGetField(part, out var field))
            {
                return false;
            }

            current = field.Type.Schema ?? field.Type.ElementType?.Schema;
        }

        return true;
    }
}
