using System.Text.Json.Nodes;
using FormsEngine.Rules;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Workflows.RuleEvaluators;

/// <summary>
/// Lets an <c>evaluateRules</c> activity run one rule of a RulesEngine-format rule set. The workflow's submission
/// (<c>data.input</c>) becomes the rule input <paramref name="inputName"/> (<c>input1</c> by default). The activity
/// leaves through <c>true</c> when the rule succeeds; the outputs keep the success event, the action output and, on
/// failure, the resident-facing explanation built from the rules' <c>ErrorMessage</c> templates.
/// </summary>
public sealed class RuleSetEvaluator(RuleSet ruleSet, string workflowName, string ruleName, string inputName = "input1") : IRuleEvaluator
{
    private readonly RuleWorkflow _workflow = (ruleSet ?? throw new ArgumentNullException(nameof(ruleSet))).GetWorkflow(workflowName);

    /// <inheritdoc/>
    public ValueTask<RuleEvaluation> EvaluateAsync(string ruleId, JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var input = ruleSet.CreateInput(new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { [inputName] = data["input"], ["param"] = data["param"] });
        var result = _workflow.ExecuteRule(ruleName, input);
        var outputs = new JsonObject
        {
            ["rule"] = ruleName,
            ["successEvent"] = result.SuccessEvent,
            ["output"] = result.Output?.DeepClone(),
        };
        if (result.ExceptionMessage is not null)
        {
            outputs["exceptionMessage"] = result.ExceptionMessage;
        }

        outputs["message"] = result.IsSuccess ? result.SuccessMessage : _workflow.Explain(ruleName, input).Text;
        return ValueTask.FromResult(new RuleEvaluation(result.IsSuccess, outputs));
    }
}
