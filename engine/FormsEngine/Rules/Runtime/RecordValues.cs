using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Expressions.Runtime;

namespace FormsEngine.Rules.Runtime;

/// <summary>Reads values back out of an <see cref="ExpressionRecord"/> as JSON: for traces, templates and JavaScript rules.</summary>
internal static class RecordValues
{
    public static JsonNode? Field(ExpressionRecord record, ExpressionField field)
    {
        if (!record.Present[field.Ordinal])
        {
            return null;
        }

        return field.Storage switch
        {
            StorageKind.Boolean => ResultConverter.ToJson(record.Booleans[field.Slot]),
            StorageKind.Number => ResultConverter.ToJson(record.Numbers[field.Slot]),
            StorageKind.Text => ResultConverter.ToJson(record.Texts[field.Slot]),
            StorageKind.Date => ResultConverter.ToJson(record.Dates[field.Slot]),
            StorageKind.DateTime => ResultConverter.ToJson(record.DateTimes[field.Slot]),
            StorageKind.Time => ResultConverter.ToJson(record.Times[field.Slot]),
            _ => ResultConverter.ToJsonObject(record.References[field.Slot]),
        };
    }

    /// <summary>Every top-level field as a JSON value, keyed by name (missing fields are left out).</summary>
    public static Dictionary<string, JsonNode?> All(ExpressionRecord record)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var field in record.Schema.Fields)
        {
            values[field.Name] = Field(record, field);
        }

        return values;
    }

    /// <summary>
    /// The value at a dotted reference path from <see cref="CompiledExpression.References"/>, e.g. <c>input1.age</c>;
    /// through a list of records (<c>家庭成员.年龄</c>) it gives the list of the items' values.
    /// </summary>
    public static JsonNode? Path(ExpressionRecord record, string path)
    {
        JsonNode? current = null;
        var first = true;
        foreach (var part in path.Split('.'))
        {
            if (first)
            {
                first = false;
                current = record.Schema.TryGetField(part, out var field) ? Field(record, field) : null;
                continue;
            }

            current = current switch
            {
                JsonObject obj => obj[part]?.DeepClone(),
                JsonArray array => new JsonArray([.. array.Select(item => (item as JsonObject)?[part]?.DeepClone())]),
                _ => null,
            };
        }

        return current;
    }

    /// <summary>Copies the first <paramref name="count"/> fields of <paramref name="source"/> (a prefix-compatible layout).</summary>
    public static void CopyPrefix(ExpressionRecord source, ExpressionRecord target, int count)
    {
        var fields = source.Schema.Fields;
        for (var i = 0; i < count; i++)
        {
            var field = fields[i];
            target.Present[field.Ordinal] = source.Present[field.Ordinal];
            switch (field.Storage)
            {
                case StorageKind.Boolean: target.Booleans[field.Slot] = source.Booleans[field.Slot]; break;
                case StorageKind.Number: target.Numbers[field.Slot] = source.Numbers[field.Slot]; break;
                case StorageKind.Text: target.Texts[field.Slot] = source.Texts[field.Slot]; break;
                case StorageKind.Date: target.Dates[field.Slot] = source.Dates[field.Slot]; break;
                case StorageKind.DateTime: target.DateTimes[field.Slot] = source.DateTimes[field.Slot]; break;
                case StorageKind.Time: target.Times[field.Slot] = source.Times[field.Slot]; break;
                default: target.References[field.Slot] = source.References[field.Slot]; break;
            }
        }
    }

    /// <summary>Stores a value produced by compiled code (boxed scalar, record or array; null for missing).</summary>
    public static void Store(ExpressionRecord record, ExpressionField field, object? value)
    {
        record.Present[field.Ordinal] = value is not null;
        switch (field.Storage)
        {
            case StorageKind.Boolean: record.Booleans[field.Slot] = value is true; break;
            case StorageKind.Number: record.Numbers[field.Slot] = value is decimal d ? d : 0m; break;
            case StorageKind.Text: record.Texts[field.Slot] = value as string; break;
            case StorageKind.Date: record.Dates[field.Slot] = value is DateOnly date ? date : default; break;
            case StorageKind.DateTime: record.DateTimes[field.Slot] = value is DateTime dateTime ? dateTime : default; break;
            case StorageKind.Time: record.Times[field.Slot] = value is TimeOnly time ? time : default; break;
            default: record.References[field.Slot] = value; break;
        }
    }
}
