using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Expressions.Runtime;
using FormsEngine.Rules.Loading;
using FormsEngine.Scripting;

namespace FormsEngine.Rules.Runtime;

/// <summary>
/// A rule ready to run: a condition (compiled expression or sandboxed script) or an And/Or over its enabled
/// children, with its scope, messages and actions. Immutable once linked, so evaluation is thread-safe.
/// </summary>
internal sealed class CompiledRule
{
    public required string Name { get; init; }

    public required RuleScope Scope { get; init; }

    /// <summary>True when the rule declares LocalParams and so builds its own record.</summary>
    public bool OwnsScope { get; init; }

    public CompiledExpression? Expression { get; init; }

    /// <summary>
    /// The condition's allocation-free delegate, built on first use (so compiling a rule set only checks it; see
    /// <see cref="WarmUp"/>). A race builds nothing twice: <see cref="CompiledExpression.ToPredicate"/> is itself cached.
    /// </summary>
    private CompiledPredicate? Predicate => Expression is null ? null : _predicate ??= Expression.ToPredicate();

    private CompiledPredicate? _predicate;

    public CompiledScript? Script { get; init; }

    public string? ScriptSource { get; init; }

    public RuleOperator Operator { get; init; }

    public IReadOnlyList<CompiledRule> Children { get; init; } = [];

    public string? SuccessEvent { get; init; }

    public RuleTemplate? SuccessMessage { get; init; }

    public RuleTemplate? ErrorMessage { get; init; }

    public JsonObject? Properties { get; init; }

    public RuleAction? OnSuccess { get; init; }

    public RuleAction? OnFailure { get; init; }

    /// <summary>
    /// Set for a rule that reads <c>additionalInputs</c> of an <c>EvaluateRule</c> action: it only runs when called that
    /// way (with its own compilation), and on its own it fails with this message, as in RulesEngine.
    /// </summary>
    public string? Unavailable { get; init; }

    /// <summary>The allocation-free fast path when the rule and its children declare no params and use no scripts.</summary>
    public bool Test(ExpressionRecord parent)
    {
        if (Unavailable is not null)
        {
            return false;
        }

        ExpressionRecord record;
        try
        {
            record = OwnsScope ? Scope.Enter(parent) : parent;
        }
        catch (ExpressionRuntimeException)
        {
            return false;
        }

        if (Predicate is { } predicate)
        {
            return predicate.Test(record);
        }

        if (Script is not null)
        {
            return Script.Run(RecordValues.All(record)).IsTrue;
        }

        var children = Children;
        if (Operator == RuleOperator.And)
        {
            for (var i = 0; i < children.Count; i++)
            {
                if (!children[i].Test(record))
                {
                    return false;
                }
            }

            return true;
        }

        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Test(record))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs the rule and returns its full result tree; never throws for anything the rule does.</summary>
    public RuleResultTree Execute(ExpressionRecord parent, RuleInput input, bool trace)
    {
        if (Unavailable is not null)
        {
            return new RuleResultTree(Name, false) { ExceptionMessage = Unavailable, Properties = Properties };
        }

        ExpressionRecord record;
        try
        {
            record = OwnsScope ? Scope.Enter(parent) : parent;
        }
        catch (ExpressionRuntimeException ex)
        {
            return Finish(parent, input, trace, false, $"{ex.MessageZh} / {ex.MessageEn}", null, []);
        }

        if (Expression is not null)
        {
            var result = Expression.Evaluate(record);
            var condition = trace ? Trace(record, Expression.Source, result.Value, Expression.References) : null;
            var exception = result.IsSuccess ? null : $"{result.MessageZh} / {result.MessageEn}";
            return Finish(record, input, trace, result.Value is JsonValue v && v.TryGetValue<bool>(out var b) && b, exception, condition, []);
        }

        if (Script is not null)
        {
            var run = Script.Run(RecordValues.All(record));
            var exception = run.Error is { } error ? $"{error.MessageZh} / {error.MessageEn}"
                : run.Value is JsonValue v && v.TryGetValue<bool>(out _) ? null
                : $"脚本的结果必须是 true 或 false，实际是 {run.Value?.ToJsonString() ?? "null"} / the script must return true or false, not {run.Value?.ToJsonString() ?? "null"}";
            var condition = trace ? Trace(record, ScriptSource!, run.Value, []) : null;
            return Finish(record, input, trace, exception is null && run.IsTrue, exception, condition, []);
        }

        var childResults = new RuleResultTree[Children.Count];
        for (var i = 0; i < childResults.Length; i++)
        {
            childResults[i] = Children[i].Execute(record, input, trace);
        }

        var success = Operator == RuleOperator.And ? childResults.All(c => c.IsSuccess) : childResults.Any(c => c.IsSuccess);
        return Finish(record, input, trace, success, null, null, childResults);
    }

    public void WarmUp()
    {
        foreach (var param in Scope.Params)
        {
            param.WarmUp();
        }

        _ = Predicate?.Test(Scope.Schema.CreateRecord());
        OnSuccess?.WarmUp();
        OnFailure?.WarmUp();
        foreach (var child in Children)
        {
            child.WarmUp();
        }
    }

    private RuleResultTree Finish(ExpressionRecord record, RuleInput input, bool trace, bool success, string? exception, RuleConditionTrace? condition, RuleResultTree[] children)
    {
        var tree = new RuleResultTree(Name, success)
        {
            SuccessEvent = success ? SuccessEvent : null,
            SuccessMessage = success ? SuccessMessage?.Render(record) : null,
            ErrorMessage = success ? null : ErrorMessage?.Render(record),
            ExceptionMessage = exception,
            Properties = Properties,
            Condition = condition,
            ChildResults = children,
        };
        if ((success ? OnSuccess : OnFailure) is { } action && ReferenceEquals(record.Schema, Scope.Schema))
        {
            var outcome = action.Run(record, input, trace);
            tree.Output = outcome.Output;
            tree.ActionResult = outcome.Evaluated;
            tree.ExceptionMessage ??= outcome.Exception;
        }

        return tree;
    }

    private static RuleConditionTrace Trace(ExpressionRecord record, string source, JsonNode? value, IReadOnlyList<string> references)
    {
        var fields = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            // References name the record (input1) as well as its fields (input1.age); show the fields only.
            if (!references.Any(r => r.Length > reference.Length && r.StartsWith(reference + ".", StringComparison.Ordinal)))
            {
                fields[reference] = RecordValues.Path(record, reference);
            }
        }

        return new RuleConditionTrace(source, value?.DeepClone(), fields);
    }
}
