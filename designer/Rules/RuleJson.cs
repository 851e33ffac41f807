using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>
/// Property access on rule-file JSON the way the engine reads it: names match ignoring case (RulesEngine files
/// written by hand say <c>ruleName</c> as often as <c>RuleName</c>), and a write keeps the spelling already in the file.
/// </summary>
internal static class RuleJson
{
    public static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonNode? Get(JsonObject obj, string name) => Find(obj, name) is { } key ? obj[key] : null;

    public static string? Text(JsonObject obj, string name) =>
        Get(obj, name) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Sets <paramref name="name"/>; a null value removes the property.</summary>
    public static void Set(JsonObject obj, string name, JsonNode? value)
    {
        var key = Find(obj, name);
        if (value is null)
        {
            if (key is not null)
            {
                obj.Remove(key);
            }

            return;
        }

        obj[key ?? name] = value;
    }

    public static JsonArray? Array(JsonObject obj, string name) => Get(obj, name) as JsonArray;

    /// <summary>The array <paramref name="name"/>, created when missing.</summary>
    public static JsonArray EnsureArray(JsonObject obj, string name)
    {
        if (Array(obj, name) is { } existing)
        {
            return existing;
        }

        var created = new JsonArray();
        Set(obj, name, created);
        return created;
    }

    public static string? Find(JsonObject obj, string name)
    {
        foreach (var (key, _) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }

        return null;
    }
}
