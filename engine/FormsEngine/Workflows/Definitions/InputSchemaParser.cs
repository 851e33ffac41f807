using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;

namespace FormsEngine.Workflows.Definitions;

/// <summary>
/// Reads the <c>input</c> declaration of a workflow (<c>{"年龄": "number", "楼栋": "text"}</c>) into the expression
/// schema every expression of the workflow is checked against: <c>input.&lt;field&gt;</c>, <c>status</c>, and
/// <c>rules.&lt;activity id&gt;.&lt;output&gt;</c> for each <c>evaluateRules</c> activity that declares its
/// <c>outputs</c> (<c>{"网格员": "text"}</c>), so that a decision table can choose a task's route; and
/// <c>param.&lt;name&gt;</c> for each rule-pack parameter the workflow declares under <c>parameters</c>
/// (<c>{"minAge": "number"}</c>), whose values each instance is started with.
/// </summary>
internal static class InputSchemaParser
{
    private static readonly Dictionary<string, ExpressionType> Types = new(StringComparer.Ordinal)
    {
        ["text"] = ExpressionType.Text,
        ["number"] = ExpressionType.Number,
        ["boolean"] = ExpressionType.Boolean,
        ["date"] = ExpressionType.Date,
        ["datetime"] = ExpressionType.DateTime,
        ["textList"] = ExpressionType.TextList,
    };

    public static ExpressionSchema Parse(JsonObject document, List<Diagnostic> diagnostics)
    {
        var schema = ExpressionSchema.Create()
            .Field("input", ExpressionType.Record(Fields(document["input"], "$.input", diagnostics)))
            .Field("status", ExpressionType.Text);
        if (document["parameters"] is { } parameters)
        {
            schema.Field("param", ExpressionType.Record(Fields(parameters, "$.parameters", diagnostics)));
        }

        var rules = ExpressionSchema.Create();
        if (document["activities"] is JsonArray activities)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                if (activities[i] is JsonObject activity && activity["outputs"] is { } outputs
                    && activity["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "evaluateRules"
                    && activity["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var id) && !rules.TryGetField(id, out _))
                {
                    rules.Field(id, ExpressionType.Record(Fields(outputs, $"$.activities[{i}].outputs", diagnostics)));
                }
            }
        }

        return rules.Fields.Count == 0 ? schema : schema.Field("rules", ExpressionType.Record(rules));
    }

    private static ExpressionSchema Fields(JsonNode? node, string path, List<Diagnostic> diagnostics)
    {
        var input = ExpressionSchema.Create();
        if (node is not null && node is not JsonObject)
        {
            diagnostics.Add(Diagnostic.Error("workflow.input.notObject", path,
                "这里必须是“字段名: 类型”的对象", "this must be an object of field name to type"));
        }
        else if (node is JsonObject fields)
        {
            foreach (var (name, value) in fields)
            {
                var typeName = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (typeName is null || !Types.TryGetValue(typeName, out var type))
                {
                    diagnostics.Add(Diagnostic.Error("workflow.input.badType", $"{path}.{name}",
                        $"字段“{name}”的类型无效，可用：{string.Join("、", Types.Keys)}",
                        $"field '{name}' has an invalid type; use one of: {string.Join(", ", Types.Keys)}"));
                    continue;
                }

                input.Field(name, type);
            }
        }

        return input;
    }
}
