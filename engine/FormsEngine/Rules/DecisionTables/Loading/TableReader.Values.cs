using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Rules.DecisionTables.Loading;

/// <summary>Typed property readers that report missing and mistyped values.</summary>
internal sealed partial class TableReader
{
    private static LocalizedText Plain(string zh) => new([new(LocalizedText.ChineseTag, zh)]);

    private string? Text(JsonObject obj, string parent, string name, bool required)
    {
        var path = JsonPaths.Property(parent, name);
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            if (required)
            {
                Error(TableCodes.Missing, path, $"缺少必填项 {name}", $"{name} is required");
            }

            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        Error(TableCodes.WrongType, path, "类型错误：应为字符串", "wrong type: expected a string");
        return null;
    }

    private int? Integer(JsonObject obj, string parent, string name, bool required)
    {
        var path = JsonPaths.Property(parent, name);
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            if (required)
            {
                Error(TableCodes.Missing, path, $"缺少必填项 {name}", $"{name} is required");
            }

            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number))
        {
            return number;
        }

        Error(TableCodes.WrongType, path, "类型错误：应为整数", "wrong type: expected a whole number");
        return null;
    }

    private JsonArray? Array(JsonObject obj, string parent, string name, int minCount)
    {
        var path = JsonPaths.Property(parent, name);
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            Error(TableCodes.Missing, path, $"缺少必填项 {name}", $"{name} is required");
            return null;
        }

        if (node is not JsonArray array)
        {
            Error(TableCodes.WrongType, path, "类型错误：应为数组", "wrong type: expected an array");
            return null;
        }

        if (array.Count < minCount)
        {
            Error(TableCodes.Missing, path, $"{name} 至少需要 {minCount} 项", $"{name} needs at least {minCount} item(s)");
            return null;
        }

        return array;
    }

    private LocalizedText? Localized(JsonObject obj, string parent, string name, bool required)
    {
        var path = JsonPaths.Property(parent, name);
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            if (required)
            {
                Error(TableCodes.Missing, path, $"缺少必填项 {name}", $"{name} is required");
            }

            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Trim().Length > 0)
        {
            return Plain(value.GetValue<string>());
        }

        if (node is not JsonObject texts)
        {
            Error(TableCodes.WrongType, path, "类型错误：应为 {\"zh-CN\": \"…\", \"en\": \"…\"}", "wrong type: expected {\"zh-CN\": \"…\", \"en\": \"…\"}");
            return null;
        }

        var entries = new List<KeyValuePair<string, string>>();
        foreach (var (tag, text) in texts)
        {
            if (text is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                entries.Add(new(tag, v.GetValue<string>()));
            }
            else
            {
                Error(TableCodes.WrongType, JsonPaths.Property(path, tag), "类型错误：应为字符串", "wrong type: expected a string");
            }
        }

        if (string.IsNullOrWhiteSpace(entries.Find(e => e.Key == LocalizedText.ChineseTag).Value))
        {
            Error(TableCodes.MissingChinese, path, "缺少中文文本（zh-CN）", "the Chinese text (zh-CN) is missing");
            return null;
        }

        return new LocalizedText([.. entries]);
    }
}
