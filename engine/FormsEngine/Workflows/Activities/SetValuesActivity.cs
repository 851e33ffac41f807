using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Workflows.Activities;

/// <summary>
/// <c>setValues</c>: sets the submission's <c>status</c> or <c>input.&lt;field&gt;</c> values from expressions, e.g.
/// <c>{"status": "\"已通过\"", "input.补贴金额": "input.年龄 &gt;= 90 ? 200 : 100"}</c>. All values are computed
/// from the data as it was before the activity, then written together.
/// </summary>
internal sealed class SetValuesActivity : WorkflowActivity
{
    public const string TypeName = "setValues";

    private readonly List<(string Target, CompiledExpression Value)> _values;

    private SetValuesActivity(string id, JsonObject source, List<(string, CompiledExpression)> values)
        : base(id, source) => _values = values;

    public override string Type => TypeName;

    public override IReadOnlyList<string> Outcomes { get; } = ["done"];

    public static WorkflowActivity Parse(ActivityParseContext context)
    {
        var values = new List<(string, CompiledExpression)>();
        if (context.Json["values"] is not JsonObject map || map.Count == 0)
        {
            context.Error("workflow.setValues.values", context.Path + ".values",
                "values 必须是非空对象：目标 → 表达式", "values must be a non-empty object of target to expression");
            return new SetValuesActivity(context.Id, context.Json, values);
        }

        foreach (var (target, _) in map)
        {
            var path = $"{context.Path}.values['{target}']";
            if (!IsKnownTarget(context, target))
            {
                context.Error("workflow.setValues.target", path,
                    $"目标“{target}”不存在：只能写 status 或 input 中声明的字段", $"target '{target}' does not exist: use status or a declared input field");
                continue;
            }

            var source = context.String(target, required: true, map, context.Path + ".values");
            if (source is not null && context.CompileExpression(source, path, condition: false) is { } expression)
            {
                values.Add((target, expression));
            }
        }

        return new SetValuesActivity(context.Id, context.Json, values);
    }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var record = context.Record();
        var results = new List<(string Target, JsonNode? Value)>(_values.Count);
        foreach (var (target, expression) in _values)
        {
            var result = expression.Evaluate(record);
            if (!result.IsSuccess)
            {
                return ValueTask.FromResult(ActivityResult.Fault(
                    $"“{target}”的表达式出错：{result.MessageZh}", $"the expression for '{target}' failed: {result.MessageEn}"));
            }

            results.Add((target, result.Value));
        }

        foreach (var (target, value) in results)
        {
            if (target == "status")
            {
                context.State.Data["status"] = value?.DeepClone();
                continue;
            }

            if (context.State.Data["input"] is not JsonObject input)
            {
                context.State.Data["input"] = input = [];
            }

            input[target["input.".Length..]] = value?.DeepClone();
        }

        context.DataChanged();
        return ValueTask.FromResult(ActivityResult.Complete("done"));
    }

    private static bool IsKnownTarget(ActivityParseContext context, string target)
    {
        if (target == "status")
        {
            return true;
        }

        return target.StartsWith("input.", StringComparison.Ordinal)
            && context.Schema.TryGetField("input", out var input)
            && input.Type.Schema is { } fields
            && fields.TryGetField(target["input.".Length..], out _);
    }
}
