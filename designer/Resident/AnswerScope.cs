using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// The answers in scope while rendering: the top level or one repeat item, plus the matching normalized answers.
/// Both are null inside a <c>&lt;template&gt;</c>.
/// </summary>
internal readonly record struct AnswerScope(JsonObject? Answers, JsonObject? Normalized)
{
    public JsonNode? Get(string key) => Answers?[key];

    /// <summary>The answer as the text an input shows: strings as is, numbers in JSON form, booleans as true/false.</summary>
    public static string? Text(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public string? TextOf(string key) => Text(Get(key));

    public AnswerScope Item(string group, int index) => new(
        (Answers?[group] as JsonArray) is { } a && index < a.Count ? a[index] as JsonObject : null,
        (Normalized?[group] as JsonArray) is { } n && index < n.Count ? n[index] as JsonObject : null);
}
