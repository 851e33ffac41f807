using System.Text.Json.Nodes;
using FormsEngine.Expressions;

namespace FormsEngine.Rules.Runtime;

/// <summary>A built-in action run after a rule (<c>Actions.OnSuccess</c> / <c>Actions.OnFailure</c>).</summary>
internal abstract class RuleAction
{
    public abstract ActionOutcome Run(ExpressionRecord record, RuleInput input, bool trace);

    public abstract void WarmUp();
}

/// <summary>What an action produced: an output, the result of a rule it ran, or why it failed.</summary>
internal readonly record struct ActionOutcome(JsonNode? Output, RuleResultTree? Evaluated, string? Exception);

/// <summary><c>OutputExpression</c>: evaluates <c>Context.Expression</c> in the rule's scope; its value is the output.</summary>
internal sealed class OutputExpressionAction(CompiledExpression expression) : RuleAction
{
    public override ActionOutcome Run(ExpressionRecord record, RuleInput input, bool trace)
    {
        var result = expression.Evaluate(record);
        return result.IsSuccess
            ? new ActionOutcome(result.Value, null, null)
            : new ActionOutcome(null, null, $"{result.MessageZh} / {result.MessageEn}");
    }

    public override void WarmUp() => expression.Evaluate(expression.Schema.CreateRecord());
}

/// <summary>
/// <c>EvaluateRule</c>: runs a rule of a workflow (optionally with <c>additionalInputs</c> computed in the calling rule's
/// scope) and returns its result; the action's output is that rule's output.
/// </summary>
internal sealed class EvaluateRuleAction(IReadOnlyList<ParamSlot> additionalInputs) : RuleAction
{
    /// <summary>Set once every workflow is compiled (the target may be compiled after the caller).</summary>
    public CompiledRule? Target { get; set; }

    /// <summary>The scope the target rule runs in: its workflow's scope, plus the additional inputs.</summary>
    public RuleScope? TargetScope { get; set; }

    /// <summary>The target workflow's scope (GlobalParams), entered from the inputs.</summary>
    public RuleScope? WorkflowScope { get; set; }

    public override ActionOutcome Run(ExpressionRecord record, RuleInput input, bool trace)
    {
        var values = new object?[additionalInputs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = additionalInputs[i].Compute(record);
        }

        var scopeRecord = WorkflowScope!.Params.Count > 0 ? WorkflowScope.Enter(input.Record) : input.Record;
        if (!ReferenceEquals(TargetScope, WorkflowScope))
        {
            scopeRecord = TargetScope!.Enter(scopeRecord, values);
        }

        var result = Target!.Execute(scopeRecord, input, trace);
        return new ActionOutcome(result.Output, result, null);
    }

    public override void WarmUp()
    {
        foreach (var param in additionalInputs)
        {
            param.WarmUp();
        }
    }
}
