using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions.Runtime;

namespace FormsEngine.Expressions;

/// <summary>
/// Fills an <see cref="ExpressionRecord"/> from JSON answers, with exactly the conversions the JavaScript runtime
/// applies in the browser: a value of the wrong JSON kind is treated as missing (null); numbers are rounded to
/// 6 decimal places (half away from zero) and numbers beyond ±99,999,999.999999 are missing; dates, datetimes and
/// times are read from ISO text; list items that do not convert are skipped; unknown properties are ignored.
/// </summary>
public static class ExpressionRecordLoader
{
    /// <summary>Loads a JSON object such as <c>{"年龄": 72, "input1": {"country": "india"}}</c>.</summary>
    public static ExpressionRecord Load(ExpressionSchema schema, JsonElement answers)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var record = schema.CreateRecord();
        Fill(record, answers);
        return record;
    }

    /// <summary>Loads a <see cref="JsonObject"/>.</summary>
    public static ExpressionRecord Load(ExpressionSchema schema, JsonObject answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        using var document = JsonDocument.Parse(answers.ToJsonString());
        return Load(schema, document.RootElement);
    }

    /// <summary>Loads JSON text.</summary>
    public static ExpressionRecord Load(ExpressionSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Load(schema, document.RootElement);
    }

    private static void Fill(ExpressionRecord record, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in json.EnumerateObject())
        {
            if (!record.Schema.TryGetField(property.Name, out var field))
            {
                continue;
            }

            // Later duplicates win, as in JSON.parse; a value that does not convert clears the field.
            record.Present[field.Ordinal] = false;
            var value = property.Value;
            switch (field.Storage)
            {
                case StorageKind.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    record.Booleans[field.Slot] = value.GetBoolean();
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.Number when Number(value) is { } number:
                    record.Numbers[field.Slot] = number;
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.Text:
                    record.Texts[field.Slot] = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                    record.Present[field.Ordinal] = record.Texts[field.Slot] is not null;
                    break;
                case StorageKind.Date when TemporalSemantics.ParseDate(Text(value)) is { } date:
                    record.Dates[field.Slot] = date;
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.DateTime when TemporalSemantics.ParseDateTime(Text(value)) is { } dateTime:
                    record.DateTimes[field.Slot] = dateTime;
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.Time when TemporalSemantics.ParseTime(Text(value)) is { } time:
                    record.Times[field.Slot] = time;
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.Reference:
                    record.SetReference(field, Reference(field.Type, value));
                    break;
            }
        }
    }

    private static object? Reference(ExpressionType type, JsonElement value)
    {
        if (type.Kind == ExpressionTypeKind.Record)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var nested = type.Schema!.CreateRecord();
            Fill(nested, value);
            return nested;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var element = type.ElementType!;
        var items = value.EnumerateArray();
        return element.Kind switch
        {
            ExpressionTypeKind.Text => items.Select(Text).OfType<string>().ToArray(),
            ExpressionTypeKind.Number => items.Select(Number).Where(n => n.HasValue).ToArray(),
            ExpressionTypeKind.Boolean => items.Where(i => i.ValueKind is JsonValueKind.True or JsonValueKind.False).Select(i => (bool?)i.GetBoolean()).ToArray(),
            ExpressionTypeKind.Date => items.Select(i => TemporalSemantics.ParseDate(Text(i))).Where(d => d.HasValue).ToArray(),
            ExpressionTypeKind.DateTime => items.Select(i => TemporalSemantics.ParseDateTime(Text(i))).Where(d => d.HasValue).ToArray(),
            ExpressionTypeKind.Time => items.Select(i => TemporalSemantics.ParseTime(Text(i))).Where(d => d.HasValue).ToArray(),
            _ => items.Where(i => i.ValueKind == JsonValueKind.Object).Select(i => (ExpressionRecord)Reference(element, i)!).ToArray(),
        };
    }

    private static decimal? Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? NumberSemantics.FromDouble(value.GetDouble()) : null;

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
