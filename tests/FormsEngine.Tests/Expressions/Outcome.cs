using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions;

/// <summary>
/// A backend-neutral rendering of an evaluation outcome: <c>ok:&lt;canonical JSON&gt;</c> or <c>error:&lt;code&gt;</c>.
/// Numbers are written as 6-place decimals without trailing zeros, so the .NET decimal and the JavaScript double that
/// represents it render the same.
/// </summary>
internal static class Outcome
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FromDotNet(ExpressionResult result) =>
        result.IsSuccess ? "ok:" + Canonical(result.Value?.ToJsonString() ?? "null") : "error:" + result.ErrorCode;

    public static string FromJavaScript(string resultJson)
    {
        using var doc = JsonDocument.Parse(resultJson);
        var root = doc.RootElement;
        return root.GetProperty("ok").GetBoolean()
            ? "ok:" + Canonical(root.TryGetProperty("value", out var v) ? v.GetRawText() : "null")
            : "error:" + root.GetProperty("code").GetString();
    }

    public static string Canonical(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var sb = new StringBuilder();
        Write(doc.RootElement, sb);
        return sb.ToString();
    }

    private static void Write(JsonElement e, StringBuilder sb)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                var d = Math.Round(decimal.Parse(e.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture), 6, MidpointRounding.AwayFromZero);
                sb.Append(d == 0 ? "0" : d.ToString("0.######", CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String:
                sb.Append(JsonSerializer.Serialize(e.GetString(), Readable));
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                var first = true;
                foreach (var item in e.EnumerateArray())
                {
                    sb.Append(first ? "" : ",");
                    first = false;
                    Write(item, sb);
                }

                sb.Append(']');
                break;
            case JsonValueKind.Object:
                sb.Append('{');
                var firstProperty = true;
                foreach (var p in e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    sb.Append(firstProperty ? "" : ",").Append(JsonSerializer.Serialize(p.Name, Readable)).Append(':');
                    firstProperty = false;
                    Write(p.Value, sb);
                }

                sb.Append('}');
                break;
            default:
                sb.Append(e.GetRawText());
                break;
        }
    }
}
