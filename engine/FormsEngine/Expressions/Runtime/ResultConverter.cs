using System.Text.Json.Nodes;

namespace FormsEngine.Expressions.Runtime;

/// <summary>Turns typed results into JSON values: numbers without trailing zeros, dates as ISO text.</summary>
internal static class ResultConverter
{
    public static JsonNode? ToJson(bool? value) => value.HasValue ? JsonValue.Create(value.GetValueOrDefault()) : null;

    public static JsonNode? ToJson(decimal? value) => value.HasValue ? JsonValue.Create(NumberSemantics.Normalize(value.GetValueOrDefault())) : null;

    public static JsonNode? ToJson(string? value) => value is null ? null : JsonValue.Create(value);

    public static JsonNode? ToJson(DateOnly? value) => value.HasValue ? JsonValue.Create(TemporalSemantics.Format(value.GetValueOrDefault())) : null;

    public static JsonNode? ToJson(DateTime? value) => value.HasValue ? JsonValue.Create(TemporalSemantics.Format(value.GetValueOrDefault())) : null;

    public static JsonNode? ToJson(TimeOnly? value) => value.HasValue ? JsonValue.Create(TemporalSemantics.Format(value.GetValueOrDefault())) : null;

    /// <summary>Any value produced by compiled code, including records and lists (used off the hot path).</summary>
    public static JsonNode? ToJsonObject(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        decimal d => ToJson(d),
        string s => JsonValue.Create(s),
        DateOnly d => ToJson(d),
        DateTime d => ToJson(d),
        TimeOnly t => ToJson(t),
        ExpressionRecord r => ToJson(r),
        Array a => new JsonArray([.. a.Cast<object?>().Select(ToJsonObject)]),
        _ => throw new InvalidOperationException($"Unexpected result type {value.GetType().Name}."),
    };

    private static JsonObject ToJson(ExpressionRecord record)
    {
        var result = new JsonObject();
        foreach (var field in record.Schema.Fields)
        {
            if (!record.Present[field.Ordinal])
            {
                continue;
            }

            result[field.Name] = field.Storage switch
            {
                StorageKind.Boolean => JsonValue.Create(record.Booleans[field.Slot]),
                StorageKind.Number => ToJson(record.Numbers[field.Slot]),
                StorageKind.Text => ToJson(record.Texts[field.Slot]),
                StorageKind.Date => ToJson(record.Dates[field.Slot]),
                StorageKind.DateTime => ToJson(record.DateTimes[field.Slot]),
                StorageKind.Time => ToJson(record.Times[field.Slot]),
                _ => ToJsonObject(record.References[field.Slot]),
            };
        }

        return result;
    }
}
