using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Packs;

/// <summary>Reads a number from any JSON value, parsed (<c>JsonElement</c>) or built in code (<c>JsonValue.Create(75)</c>).</summary>
internal static class JsonNumbers
{
    public static bool TryGet(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
