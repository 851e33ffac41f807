using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Forms.Loading;

/// <summary>Reads a <see cref="LocalizedText"/> object: string values keyed by language tag, <c>zh-CN</c> required.</summary>
internal static class TextReader
{
    public static LocalizedText? Read(JsonObject obj, string path, LoadContext context)
    {
        var entries = new List<KeyValuePair<string, string>>(obj.Count);
        var ok = true;
        foreach (var (tag, value) in obj)
        {
            if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                entries.Add(new(tag, v.GetValue<string>()));
            }
            else
            {
                context.Error(LoadCodes.WrongType, JsonPaths.Property(path, tag), "类型错误：应为字符串", "wrong type: expected a string");
                ok = false;
            }
        }

        var zh = entries.Find(e => e.Key == LocalizedText.ChineseTag).Value;
        if (string.IsNullOrWhiteSpace(zh))
        {
            context.Error(LoadCodes.MissingChinese, path, "缺少中文文本（zh-CN）", "the Chinese text (zh-CN) is missing");
            ok = false;
        }

        return ok ? new LocalizedText([.. entries]) : null;
    }
}
