using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Packs;

/// <summary>Reads a number from any JSON value, parsed (<c>JsonElement</c>) or built in code (<c>JsonValue.Create(75)</c>).</summary>
internal static class JsonNumbers
{
    /// <summary>The value as a decimal, or null when it is not a number.</summary>
    public static decimal? Decimal(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
        && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static bool TryGet(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
