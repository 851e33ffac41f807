using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Host.Exports;

/// <summary>
/// Turns answer values into cells. Each formatter accepts any JSON: an answer the caller has masked (e.g. replaced by
/// “***”) or that does not have the field's usual shape falls back to <see cref="Generic"/>.
/// </summary>
internal static class ExportValues
{
    /// <summary>Joins the entries of a list value (several choices, several files).</summary>
    public const char ListSeparator = '、';

    /// <summary>The formatter for a field's answers.</summary>
    public static Func<JsonNode, ExportCell> For(FormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field switch
        {
            ChoiceField choice => Choice(choice),
            AddressField => Address,
            FileUploadField => Files,
            SignatureField => Signature,
            GeolocationField => Location,
            NumberField or CalculatedField => Generic,
            _ => TextLike,
        };
    }

    /// <summary>
    /// Any value: numbers stay numbers, true/false become 是/否, arrays are joined with “、”, an object's values are
    /// joined with spaces, anything else is its text.
    /// </summary>
    public static ExportCell Generic(JsonNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return TryNumber(v, out var number) ? ExportCell.FromNumber(number) : ExportCell.FromText(v.ToJsonString());
            case JsonArray array:
                return ExportCell.FromText(JoinList(array, Generic));
            case JsonObject obj:
                var parts = new List<string>(obj.Count);
                foreach (var (_, part) in obj)
                {
                    AddIfText(parts, part is null ? "" : Generic(part).ToString());
                }

                return ExportCell.FromText(string.Join(' ', parts));
            default:
                return ExportCell.FromText(Scalar(value));
        }
    }

    /// <summary>Text fields, dates (already ISO in normalized answers), yes/no: always text, booleans as 是/否.</summary>
    private static ExportCell TextLike(JsonNode value) =>
        value is JsonValue ? ExportCell.FromText(Scalar(value)) : Generic(value);

    private static Func<JsonNode, ExportCell> Choice(ChoiceField field)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in field.Options)
        {
            labels[option.Value] = option.Label.Zh;
        }

        string Label(JsonNode? node)
        {
            var raw = node is null ? "" : Scalar(node);
            return labels.TryGetValue(raw, out var label) ? label : raw;
        }

        return value => value is JsonArray array
            ? ExportCell.FromText(JoinList(array, node => ExportCell.FromText(Label(node))))
            : ExportCell.FromText(Label(value));
    }

    /// <summary>community building unit room, joined with spaces in that order.</summary>
    private static ExportCell Address(JsonNode value)
    {
        if (value is not JsonObject obj)
        {
            return Generic(value);
        }

        var parts = new List<string>(4);
        foreach (var key in (ReadOnlySpan<string>)["community", "building", "unit", "room"])
        {
            AddIfText(parts, obj[key] is { } part ? Scalar(part) : "");
        }

        return ExportCell.FromText(string.Join(' ', parts));
    }

    /// <summary>File names only (never ids or sizes), joined with “、”.</summary>
    private static ExportCell Files(JsonNode value)
    {
        static ExportCell Name(JsonNode? node) => node switch
        {
            JsonObject file when file["name"] is JsonValue name => ExportCell.FromText(Scalar(name)),
            null => ExportCell.Empty,
            _ => Generic(node),
        };

        return value is JsonArray array ? ExportCell.FromText(JoinList(array, Name)) : Name(value);
    }

    /// <summary>A signature is a PNG data URL; the table says only that it was signed.</summary>
    private static ExportCell Signature(JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().StartsWith("data:", StringComparison.Ordinal)
            ? ExportCell.FromText("已签名")
            : Generic(value);

    /// <summary>“lat, lng” in invariant culture.</summary>
    private static ExportCell Location(JsonNode value) =>
        value is JsonObject obj && obj["lat"] is JsonValue lat && obj["lng"] is JsonValue lng
            ? ExportCell.FromText(Scalar(lat) + ", " + Scalar(lng))
            : Generic(value);

    private static string JoinList(JsonArray array, Func<JsonNode, ExportCell> item)
    {
        var builder = new StringBuilder();
        foreach (var node in array)
        {
            var text = node is null ? "" : item(node).ToString();
            if (text.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(ListSeparator);
            }

            builder.Append(text);
        }

        return builder.ToString();
    }

    private static string Scalar(JsonNode node)
    {
        if (node is not JsonValue value)
        {
            return Generic(node).ToString();
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "是",
            JsonValueKind.False => "否",
            JsonValueKind.Number => TryNumber(value, out var n) ? n.ToString(CultureInfo.InvariantCulture) : value.ToJsonString(),
            JsonValueKind.Null => "",
            _ => value.ToJsonString(),
        };
    }

    /// <summary>A number read from JSON (decimal) or built in code (int, double…: their JSON text is parsed).</summary>
    private static bool TryNumber(JsonValue value, out decimal number) =>
        value.TryGetValue(out number)
        || decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    private static void AddIfText(List<string> parts, string text)
    {
        if (text.Length > 0)
        {
            parts.Add(text);
        }
    }
}
