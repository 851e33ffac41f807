using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;

namespace FormsEngine.Workflows.Definitions;

/// <summary>
/// Reads the <c>input</c> declaration of a workflow (<c>{"年龄": "number", "楼栋": "text"}</c>) into the expression
/// schema every expression of the workflow is checked against: <c>input.&lt;field&gt;</c> and <c>status</c>.
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

    public static ExpressionSchema Parse(JsonNode? node, List<Diagnostic> diagnostics)
    {
        var input = ExpressionSchema.Create();
        if (node is not null && node is not JsonObject)
        {
            diagnostics.Add(Diagnostic.Error("workflow.input.notObject", "$.input",
                "input 必须是“字段名: 类型”的对象", "input must be an object of field name to type"));
        }
        else if (node is JsonObject fields)
        {
            foreach (var (name, value) in fields)
            {
                var typeName = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (typeName is null || !Types.TryGetValue(typeName, out var type))
                {
                    diagnostics.Add(Diagnostic.Error("workflow.input.badType", $"$.input.{name}",
                        $"字段“{name}”的类型无效，可用：{string.Join("、", Types.Keys)}",
                        $"field '{name}' has an invalid type; use one of: {string.Join(", ", Types.Keys)}"));
                    continue;
                }

                input.Field(name, type);
            }
        }

        return ExpressionSchema.Create()
            .Field("input", ExpressionType.Record(input))
            .Field("status", ExpressionType.Text);
    }
}
