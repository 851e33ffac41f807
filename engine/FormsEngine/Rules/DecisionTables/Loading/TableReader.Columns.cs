using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Rules.DecisionTables.Loading;

/// <summary>Inputs, outputs and rows.</summary>
internal sealed partial class TableReader
{
    private List<InputColumn>? ReadInputs(JsonObject obj)
    {
        var items = Array(obj, "$", "inputs", minCount: 1);
        if (items is null)
        {
            return null;
        }

        var result = new List<InputColumn>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonPaths.Index("$.inputs", i);
            if (items[i] is not JsonObject input)
            {
                Error(TableCodes.WrongType, path, "输入列应为对象", "an input column must be an object");
                continue;
            }

            var id = ColumnId(input, path, ids);
            var label = Localized(input, path, "label", required: false);
            var expression = Text(input, path, "expression", required: true);
            if (expression is not null && string.IsNullOrWhiteSpace(expression))
            {
                Error(TableCodes.Missing, JsonPaths.Property(path, "expression"), "输入列的表达式不能为空，例如 input1.年龄", "the input expression must not be empty, e.g. input1.年龄");
                expression = null;
            }

            if (id is not null && expression is not null)
            {
                result.Add(new InputColumn(id, label ?? Plain(id), expression));
            }
        }

        return result.Count == items.Count ? result : null;
    }

    private List<OutputColumn>? ReadOutputs(JsonObject obj)
    {
        var items = Array(obj, "$", "outputs", minCount: 1);
        if (items is null)
        {
            return null;
        }

        var result = new List<OutputColumn>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonPaths.Index("$.outputs", i);
            if (items[i] is not JsonObject output)
            {
                Error(TableCodes.WrongType, path, "输出列应为对象", "an output column must be an object");
                continue;
            }

            var id = ColumnId(output, path, ids);
            var label = Localized(output, path, "label", required: false);
            var type = ReadOutputType(output, path);
            var fallback = output["default"]?.DeepClone();
            if (fallback is not null && type is { } t && !OutputValues.Fits(fallback, t))
            {
                Error(TableCodes.OutputType, JsonPaths.Property(path, "default"), $"默认值与输出类型 {OutputValues.Name(t)} 不符", $"the default does not match the output type {OutputValues.Name(t)}");
            }

            List<JsonNode?>? allowed = null;
            if (output.TryGetPropertyValue("allowedValues", out var allowedNode))
            {
                if (allowedNode is JsonArray array && array.Count > 0)
                {
                    allowed = [.. array.Select(v => v?.DeepClone())];
                }
                else
                {
                    Error(TableCodes.WrongType, JsonPaths.Property(path, "allowedValues"), "allowedValues 应为非空数组，例如 [\"紧急\", \"一般\"]", "allowedValues must be a non-empty array, e.g. [\"urgent\", \"normal\"]");
                }
            }

            if (id is not null)
            {
                result.Add(new OutputColumn(id, label ?? Plain(id), type, fallback, allowed));
            }
        }

        return result.Count == items.Count ? result : null;
    }

    private OutputType? ReadOutputType(JsonObject output, string path)
    {
        var text = Text(output, path, "type", required: false);
        switch (text)
        {
            case null: return null;
            case "number": return OutputType.Number;
            case "text" or "string": return OutputType.Text;
            case "boolean": return OutputType.Boolean;
            default:
                Error(TableCodes.OutputType, JsonPaths.Property(path, "type"), $"未知的输出类型“{text}”，可选 number、text、boolean", $"unknown output type '{text}'; use number, text or boolean");
                return null;
        }
    }

    private List<RuleRow>? ReadRules(JsonObject obj, int? inputCount, int? outputCount)
    {
        var items = Array(obj, "$", "rules", minCount: 1);
        if (items is null)
        {
            return null;
        }

        var result = new List<RuleRow>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = JsonPaths.Index("$.rules", i);
            if (items[i] is not JsonObject rule)
            {
                Error(TableCodes.WrongType, path, "规则行应为对象", "a rule row must be an object");
                continue;
            }

            var inputs = Cells(rule, path, "inputEntries", inputCount, "输入列", "input columns");
            var outputs = Cells(rule, path, "outputEntries", outputCount, "输出列", "output columns");
            var description = Text(rule, path, "description", required: false);
            var priority = Integer(rule, path, "priority", required: false);
            if (inputs is not null && outputs is not null)
            {
                result.Add(new RuleRow(inputs, outputs, description, priority));
            }
        }

        return result.Count == items.Count ? result : null;
    }

    private List<string>? Cells(JsonObject rule, string path, string name, int? expected, string whatZh, string whatEn)
    {
        var cellsPath = JsonPaths.Property(path, name);
        var items = Array(rule, path, name, minCount: 0);
        if (items is null)
        {
            return null;
        }

        if (expected is { } count && items.Count != count)
        {
            Error(TableCodes.CellCount, cellsPath, $"这一行有 {items.Count} 个单元格，但表格有 {count} 个{whatZh}", $"this row has {items.Count} cells but the table has {count} {whatEn}");
            return null;
        }

        var cells = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case null:
                    cells.Add("");
                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    cells.Add(value.GetValue<string>());
                    break;
                case JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    // A bare JSON number or boolean is read as the cell text it spells.
                    cells.Add(value.ToJsonString());
                    break;
                default:
                    Error(TableCodes.WrongType, JsonPaths.Index(cellsPath, i), "单元格应为字符串，例如 \"[60..80)\" 或 \"-\"", "a cell must be a string, e.g. \"[60..80)\" or \"-\"");
                    break;
            }
        }

        return cells.Count == items.Count ? cells : null;
    }

    private string? ColumnId(JsonObject column, string path, HashSet<string> ids)
    {
        var id = Text(column, path, "id", required: true);
        if (id is null)
        {
            return null;
        }

        if (!FieldKeys.IsValid(id))
        {
            Error(TableCodes.InvalidId, JsonPaths.Property(path, "id"), $"列编号“{id}”不是合法的标识符，例如 年龄 或 householdSize", $"column id '{id}' is not an identifier, e.g. 年龄 or householdSize");
            return null;
        }

        if (!ids.Add(id))
        {
            Error(TableCodes.DuplicateId, JsonPaths.Property(path, "id"), $"列编号“{id}”重复了", $"column id '{id}' is used twice");
            return null;
        }

        return id;
    }
}
