using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Designer.FormEditing;

/// <summary>Small, lenient readers and writers over the form JSON the draft keeps (a draft may be half-finished).</summary>
internal static class DraftJson
{
    public const string Zh = "zh-CN";
    public const string En = "en";

    public static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static decimal? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var d) ? d
        : node is JsonValue v2 && v2.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(v2.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;

    public static bool Bool(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    public static string? Text(JsonNode? node, string language) => node is JsonObject obj ? String(obj[language]) : null;

    /// <summary>A localized text with Chinese and English replaced and other languages kept; English removed when blank.</summary>
    public static JsonObject WithText(JsonNode? original, string zh, string? en)
    {
        var obj = original is JsonObject o ? (JsonObject)o.DeepClone() : [];
        obj[Zh] = zh;
        if (string.IsNullOrWhiteSpace(en))
        {
            obj.Remove(En);
        }
        else
        {
            obj[En] = en;
        }

        return obj;
    }

    public static bool Equal(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(a, b);

    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();
}
