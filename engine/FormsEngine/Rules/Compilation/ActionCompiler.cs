using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Rules.Loading;
using FormsEngine.Rules.Runtime;

namespace FormsEngine.Rules.Compilation;

/// <summary>
/// Compiles the built-in actions. <c>OutputExpression</c> is compiled in the rule's scope at once; <c>EvaluateRule</c>
/// is recorded as a pending link, resolved once every workflow is compiled (see <see cref="RuleSetCompiler"/>).
/// </summary>
internal sealed class ActionCompiler(RuleSetOptions options, DiagnosticSink sink)
{
    private readonly ScopeBuilder _scopes = new(options.Expressions, sink);

    public List<PendingEvaluateRule> Pending { get; } = [];

    public RuleAction? Compile(ActionModel? action, RuleScope scope, (string Workflow, string Rule) origin)
    {
        if (action is null)
        {
            return null;
        }

        var contextPath = JsonProps.Child(action.Path, "Context");
        var context = action.Context ?? [];
        switch (action.Name)
        {
            case "OutputExpression":
                if (Text(context, "Expression", contextPath, out var expressionPath) is not { } source)
                {
                    sink.Add(RuleDiagnostics.Missing(contextPath, "Expression"));
                    return null;
                }

                var compilation = ExpressionCompiler.Compile(source, scope.Schema, options.Expressions);
                sink.AddAll(compilation.Diagnostics, expressionPath);
                return compilation.Expression is { } expression ? new OutputExpressionAction(expression) : null;
            case "EvaluateRule":
                var workflow = Text(context, "workflowName", contextPath, out var workflowPath);
                var rule = Text(context, "ruleName", contextPath, out var rulePath);
                if (workflow is null || rule is null)
                {
                    sink.Add(RuleDiagnostics.Missing(contextPath, workflow is null ? "workflowName" : "ruleName"));
                    return null;
                }

                var inputs = new List<(ParamSlot Slot, ExpressionType Type)>();
                var problems = new List<Diagnostic>();
                var parameters = RuleSetReader.ReadParams(context, contextPath, "additionalInputs", problems);
                problems.ForEach(sink.Add);
                foreach (var param in parameters)
                {
                    inputs.Add(CompileAdditionalInput(param, scope));
                }

                var evaluate = new EvaluateRuleAction([.. inputs.Select(i => i.Slot)]);
                Pending.Add(new PendingEvaluateRule(evaluate, origin, workflow, workflowPath, rule, rulePath, [.. inputs.Select(i => (i.Slot.Name, i.Type))]));
                return evaluate;
            default:
                sink.Add(RuleDiagnostics.UnknownAction(JsonProps.Child(action.Path, "Name"), action.Name));
                return null;
        }
    }

    private (ParamSlot Slot, ExpressionType Type) CompileAdditionalInput(ParamModel param, RuleScope scope)
    {
        var compilation = ExpressionCompiler.Compile(param.Expression, scope.Schema, options.Expressions);
        sink.AddAll(compilation.Diagnostics, param.ExpressionPath);
        var type = compilation.Expression?.ResultType is { Kind: not (ExpressionTypeKind.Null or ExpressionTypeKind.Unknown) } t ? t : ExpressionType.Text;
        var field = ScopeBuilder.Extend(ExpressionSchema.Create(), [(param.Name, type)]).Fields[0];
        return (compilation.Expression is { } expression
            ? ParamSlot.Computed(param.Name, field, expression, options.Expressions)
            : ParamSlot.External(param.Name, field, 0), type);
    }

    private string? Text(JsonObject context, string name, string contextPath, out string path)
    {
        var found = JsonProps.TryGet(context, name, out var actual, out var node);
        path = JsonProps.Child(contextPath, actual);
        if (!found || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        sink.Add(RuleDiagnostics.NotText(path));
        return null;
    }
}

/// <summary>An <c>EvaluateRule</c> action waiting for its target to be compiled.</summary>
internal sealed record PendingEvaluateRule(
    EvaluateRuleAction Action,
    (string Workflow, string Rule) Origin,
    string Workflow,
    string WorkflowPath,
    string Rule,
    string RulePath,
    IReadOnlyList<(string Name, ExpressionType Type)> AdditionalInputs);
