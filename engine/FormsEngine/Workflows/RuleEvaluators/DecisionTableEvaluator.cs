using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Rules.DecisionTables;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Workflows.RuleEvaluators;

/// <summary>
/// Lets an <c>evaluateRules</c> activity consult a decision table (routing, allocation). The workflow's submission
/// becomes the table input <paramref name="inputName"/>; the activity leaves through <c>true</c> when a row matched
/// without error. The table's output columns are kept by name beside <c>table</c> and <c>matchedRows</c> (for COLLECT
/// and RULE ORDER the list is kept as <c>output</c>), so a later task can route on them:
/// <c>{"kind": "person", "expression": "rules.route.网格员"}</c> with <c>"outputs": {"网格员": "text"}</c> declared.
/// A rule pack's parameter values (the instance's <c>param</c>) are passed as the table input <c>param</c>.
/// </summary>
public sealed class DecisionTableEvaluator(DecisionTable table, string inputName = "input1") : IRuleEvaluator
{
    /// <inheritdoc/>
    public ValueTask<RuleEvaluation> EvaluateAsync(string ruleId, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var input = new JsonObject { [inputName] = data["input"]?.DeepClone() };
        if (data["param"] is { } parameters)
        {
            input["param"] = parameters.DeepClone();
        }

        var result = table.Evaluate(JsonSerializer.SerializeToElement(input));
        var outputs = new JsonObject();
        if (result.Output is JsonObject columns)
        {
            foreach (var (name, value) in columns)
            {
                outputs[name] = value?.DeepClone();
            }
        }
        else
        {
            outputs["output"] = result.Output?.DeepClone();
        }

        outputs["table"] = table.Id;
        outputs["matchedRows"] = new JsonArray([.. result.MatchedRows.Select(r => (JsonNode?)JsonValue.Create(r))]);
        if (!result.IsSuccess)
        {
            outputs["errorCode"] = result.ErrorCode;
            outputs["message"] = result.MessageZh;
        }

        return ValueTask.FromResult(new RuleEvaluation(result.IsSuccess && result.MatchedRows.Count > 0, outputs));
    }
}
