using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Forms.Validation;

/// <summary>Reads scalar answers leniently: residents' phones send numbers as strings and the other way round.</summary>
internal static class AnswerValues
{
    /// <summary>A string answer as is, or a number's JSON text; false for other kinds.</summary>
    public static bool TryGetText(JsonNode node, out string text)
    {
        switch (node.GetValueKind())
        {
            case JsonValueKind.String:
                text = node.GetValue<string>();
                return true;
            case JsonValueKind.Number:
                text = node.ToJsonString();
                return true;
            default:
                text = "";
                return false;
        }
    }

    /// <summary>A number, or a string holding one (culture-invariant). <paramref name="empty"/> is set for a blank string.</summary>
    public static bool TryGetDecimal(JsonNode node, out decimal value, out bool empty)
    {
        empty = false;
        value = 0;
        switch (node.GetValueKind())
        {
            case JsonValueKind.Number:
                return node.AsValue().TryGetValue(out value);
            case JsonValueKind.String:
                var text = node.GetValue<string>().AsSpan().Trim();
                if (text.IsEmpty)
                {
                    empty = true;
                    return false;
                }

                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }

    /// <summary>Number of Unicode code points (a Chinese character counts once, as residents expect).</summary>
    public static int CountCharacters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsLowSurrogate(c))
            {
                count++;
            }
        }

        return count;
    }

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
