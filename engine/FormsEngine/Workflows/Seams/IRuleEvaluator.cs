using System.Text.Json.Nodes;

namespace FormsEngine.Workflows.Seams;

/// <summary>
/// Runs one rule (a rule set, a decision table, …) for the <c>evaluateRules</c> activity, found by the rule id the
/// definition names. Inline conditions (<c>"expression": "input.年龄 &gt;= 80"</c>) need no evaluator.
/// </summary>
public interface IRuleEvaluator
{
    /// <summary>Evaluates rule <paramref name="ruleId"/> over the workflow data (<c>{ "input": {…}, "status": "…" }</c>).</summary>
    ValueTask<RuleEvaluation> EvaluateAsync(string ruleId, JsonObject data, CancellationToken cancellationToken);
}

/// <summary>The answer of an <see cref="IRuleEvaluator"/>: passed or not, outputs to keep, and a message on failure.</summary>
/// <param name="Success">True when the rule passed; the activity then leaves through its <c>true</c> outcome.</param>
/// <param name="Outputs">Values the rule produced; they are kept in the workflow data under <c>rules.&lt;activity id&gt;</c>.</param>
public sealed record RuleEvaluation(bool Success, JsonObject? Outputs = null);
