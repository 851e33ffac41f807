using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// The metadata an answer holds for an uploaded file: <c>{"id","name","size","contentType"}</c>. The bytes live in the
/// upload store; only this reference travels with the answers.
/// </summary>
internal readonly record struct FileReference(string Id, string Name, long Size, string ContentType)
{
    public static bool TryRead(JsonNode? node, out FileReference file)
    {
        file = default;
        if (node is not JsonObject obj
            || !TryString(obj["id"], out var id) || id.Length == 0
            || !TryString(obj["name"], out var name)
            || !TryString(obj["contentType"], out var contentType)
            || obj["size"] is not JsonValue size || size.GetValueKind() != JsonValueKind.Number
            || !size.TryGetValue<long>(out var bytes) || bytes < 0)
        {
            return false;
        }

        file = new FileReference(id, name, bytes, contentType.Trim().ToLowerInvariant());
        return true;
    }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["size"] = Size,
        ["contentType"] = ContentType,
    };

    private static bool TryString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        value = "";
        return false;
    }
}
