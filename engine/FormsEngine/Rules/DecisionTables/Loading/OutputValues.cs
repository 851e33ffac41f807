using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;

namespace FormsEngine.Rules.DecisionTables.Loading;

/// <summary>Type checks and comparisons of output values (JSON literals and expression results).</summary>
internal static class OutputValues
{
    public static bool Fits(JsonNode? value, OutputType type) => value is null || (value.GetValueKind(), type) switch
    {
        (JsonValueKind.Number, OutputType.Number) => true,
        (JsonValueKind.String, OutputType.Text) => true,
        (JsonValueKind.True or JsonValueKind.False, OutputType.Boolean) => true,
        _ => false,
    };

    public static bool Fits(ExpressionType type, OutputType output) => (type.Kind, output) switch
    {
        (ExpressionTypeKind.Null, _) => true,
        (ExpressionTypeKind.Number, OutputType.Number) => true,
        (ExpressionTypeKind.Boolean, OutputType.Boolean) => true,
        (ExpressionTypeKind.Text or ExpressionTypeKind.Date or ExpressionTypeKind.DateTime or ExpressionTypeKind.Time, OutputType.Text) => true,
        _ => false,
    };

    public static string Name(OutputType type) => type switch
    {
        OutputType.Number => "number",
        OutputType.Text => "text",
        _ => "boolean",
    };

    /// <summary>JSON equality in which numbers compare by value (<c>200</c> equals <c>200.0</c>).</summary>
    public static bool Same(JsonNode? a, JsonNode? b)
    {
        if (Number(a) is { } x && Number(b) is { } y)
        {
            return x == y;
        }

        return JsonNode.DeepEquals(a, b);
    }

    public static decimal? Number(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        return value.TryGetValue<decimal>(out var number)
            || decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            ? number
            : null;
    }
}
