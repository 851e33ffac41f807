using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Workflows.Activities;

/// <summary>
/// <c>evaluateRules</c>: runs an inline condition (<c>"expression": "input.年龄 &gt;= 80"</c>) or a rule found by id
/// (<c>"ruleId"</c>, through <see cref="Seams.IRuleEvaluator"/>) and leaves through <c>true</c> or <c>false</c>.
/// </summary>
internal sealed class EvaluateRulesActivity : WorkflowActivity
{
    public const string TypeName = "evaluateRules";

    private readonly CompiledExpression? _condition;
    private readonly string? _ruleId;

    /// <summary>The rule or table consulted by id, or null for an inline condition.</summary>
    internal string? RuleId => _ruleId;

    private EvaluateRulesActivity(string id, JsonObject source, CompiledExpression? condition, string? ruleId)
        : base(id, source)
    {
        _condition = condition;
        _ruleId = ruleId;
    }

    public override string Type => TypeName;

    public override IReadOnlyList<string> Outcomes { get; } = ["true", "false"];

    public static WorkflowActivity Parse(ActivityParseContext context)
    {
        var hasExpression = context.Json.ContainsKey("expression");
        var hasRule = context.Json.ContainsKey("ruleId");
        if (hasExpression == hasRule)
        {
            context.Error("workflow.evaluateRules.source", context.Path,
                $"活动“{context.Id}”需要 expression 或 ruleId 二者之一", $"activity '{context.Id}' needs exactly one of expression or ruleId");
        }

        var condition = hasExpression ? context.Expression("expression", required: true, condition: true) : null;
        var ruleId = hasRule ? context.String("ruleId", required: true) : null;
        return new EvaluateRulesActivity(context.Id, context.Json, condition, ruleId);
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (_condition is not null)
        {
            var result = _condition.Evaluate(context.Record());
            if (!result.IsSuccess)
            {
                return ActivityResult.Fault($"条件“{_condition.Source}”出错：{result.MessageZh}", $"condition '{_condition.Source}' failed: {result.MessageEn}");
            }

            return ActivityResult.Complete(result.Value is JsonValue v && v.TryGetValue<bool>(out var b) && b ? "true" : "false");
        }

        if (!context.Services.Rules.TryGetValue(_ruleId!, out var evaluator))
        {
            return ActivityResult.Fault($"规则“{_ruleId}”没有注册", $"rule '{_ruleId}' is not registered");
        }

        RuleEvaluation evaluation;
        try
        {
            evaluation = await evaluator.EvaluateAsync(_ruleId!, (JsonObject)context.State.Data.DeepClone(), cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A rule's failure of any kind becomes a faulted instance with a message, not a crashed runner.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return ActivityResult.Fault($"规则“{_ruleId}”执行出错：{ex.Message}", $"rule '{_ruleId}' failed: {ex.Message}");
        }

        if (evaluation.Outputs is not null)
        {
            if (context.State.Data["rules"] is not JsonObject rules)
            {
                context.State.Data["rules"] = rules = [];
            }

            rules[Id] = evaluation.Outputs.DeepClone();
        }

        return ActivityResult.Complete(evaluation.Success ? "true" : "false");
    }
}
