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
        Fill(record, new ElementInput(answers), skip: null);
        return record;
    }

    /// <summary>Loads a <see cref="JsonObject"/> directly, with the same conversions as the other overloads.</summary>
    public static ExpressionRecord Load(ExpressionSchema schema, JsonObject answers)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(answers);
        var record = schema.CreateRecord();
        Fill(record, new NodeInput(answers), skip: null);
        return record;
    }

    /// <summary>Loads JSON text.</summary>
    public static ExpressionRecord Load(ExpressionSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Load(schema, document.RootElement);
    }

    /// <summary>
    /// Adds the properties of <paramref name="answers"/> to an existing record (later values win), except the names in
    /// <paramref name="skip"/>: how a repeat item's record gets the form's top-level answers under its own.
    /// </summary>
    internal static void Fill(ExpressionRecord record, JsonObject answers, IReadOnlySet<string>? skip) =>
        Fill(record, new NodeInput(answers), skip);

    private static void Fill<T>(ExpressionRecord record, T json, IReadOnlySet<string>? skip)
        where T : struct, IJsonInput<T>
    {
        if (json.Kind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var (name, value) in json.Properties)
        {
            if ((skip?.Contains(name) ?? false) || !record.Schema.TryGetField(name, out var field))
            {
                continue;
            }

            // Later duplicates win, as in JSON.parse; a value that does not convert clears the field.
            record.Present[field.Ordinal] = false;
            switch (field.Storage)
            {
                case StorageKind.Boolean when value.Kind is JsonValueKind.True or JsonValueKind.False:
                    record.Booleans[field.Slot] = value.Boolean;
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.Number when Number(value) is { } number:
                    record.Numbers[field.Slot] = number;
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.Text:
                    record.Texts[field.Slot] = value.Text;
                    record.Present[field.Ordinal] = record.Texts[field.Slot] is not null;
                    break;
                case StorageKind.Date when TemporalSemantics.ParseDate(value.Text) is { } date:
                    record.Dates[field.Slot] = date;
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.DateTime when TemporalSemantics.ParseDateTime(value.Text) is { } dateTime:
                    record.DateTimes[field.Slot] = dateTime;
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.Time when TemporalSemantics.ParseTime(value.Text) is { } time:
                    record.Times[field.Slot] = time;
                    record.Present[field.Ordinal] = true;
                    break;
                case StorageKind.Reference:
                    record.SetReference(field, Reference(field.Type, value));
                    break;
            }
        }
    }

    private static object? Reference<T>(ExpressionType type, T value)
        where T : struct, IJsonInput<T>
    {
        if (type.Kind == ExpressionTypeKind.Record)
        {
            if (value.Kind != JsonValueKind.Object)
            {
                return null;
            }

            var nested = type.Schema!.CreateRecord();
            Fill(nested, value, skip: null);
            return nested;
        }

        if (value.Kind != JsonValueKind.Array)
        {
            return null;
        }

        var element = type.ElementType!;
        var items = value.Items;
        return element.Kind switch
        {
            ExpressionTypeKind.Text => items.Select(i => i.Text).OfType<string>().ToArray(),
            ExpressionTypeKind.Number => items.Select(Number).Where(n => n.HasValue).ToArray(),
            ExpressionTypeKind.Boolean => items.Where(i => i.Kind is JsonValueKind.True or JsonValueKind.False).Select(i => (bool?)i.Boolean).ToArray(),
            ExpressionTypeKind.Date => items.Select(i => TemporalSemantics.ParseDate(i.Text)).Where(d => d.HasValue).ToArray(),
            ExpressionTypeKind.DateTime => items.Select(i => TemporalSemantics.ParseDateTime(i.Text)).Where(d => d.HasValue).ToArray(),
            ExpressionTypeKind.Time => items.Select(i => TemporalSemantics.ParseTime(i.Text)).Where(d => d.HasValue).ToArray(),
            _ => items.Where(i => i.Kind == JsonValueKind.Object).Select(i => (ExpressionRecord)Reference(element, i)!).ToArray(),
        };
    }

    private static decimal? Number<T>(T value)
        where T : struct, IJsonInput<T> =>
        value.Kind == JsonValueKind.Number ? NumberSemantics.FromDouble(value.Number) : null;
}
