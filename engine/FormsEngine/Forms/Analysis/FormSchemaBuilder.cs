using System.Text.Json;
using FormsEngine.Expressions;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Analysis;

/// <summary>
/// Builds the <see cref="ExpressionSchema"/> that a form's expressions are checked against: one entry per field
/// that carries an answer. Pages are transparent (their fields sit at the top level), static text carries nothing,
/// repeat groups become lists of records. Calculated fields take the type of their <c>calculate</c> expression,
/// or text until that type is known.
/// </summary>
internal static class FormSchemaBuilder
{
    /// <summary>The schema for expressions written on fields at the top level of the form (or inside pages).</summary>
    public static ExpressionSchema ForForm(IReadOnlyList<FormField> fields, IReadOnlyDictionary<FormField, ExpressionType> calculatedTypes)
    {
        var schema = ExpressionSchema.Create();
        AddFields(schema, fields, calculatedTypes, shadowed: null);
        return schema;
    }

    /// <summary>
    /// The schema for expressions written on a field inside repeat group <paramref name="group"/>: the item's own
    /// fields, plus the form's top-level fields that the item does not shadow, except the group itself (an item does
    /// not read its siblings; leaving the list out also keeps every item's record small).
    /// </summary>
    public static ExpressionSchema ForRepeatItem(FormField group, IReadOnlyList<FormField> topLevel, IReadOnlyDictionary<FormField, ExpressionType> calculatedTypes)
    {
        var schema = ExpressionSchema.Create();
        var own = new HashSet<string>(StringComparer.Ordinal);
        AddFields(schema, group.Fields, calculatedTypes, shadowed: null, own);
        own.Add(group.Key);
        AddFields(schema, topLevel, calculatedTypes, shadowed: own);
        return schema;
    }

    private static void AddFields(ExpressionSchema schema, IReadOnlyList<FormField> fields, IReadOnlyDictionary<FormField, ExpressionType> calculatedTypes, HashSet<string>? shadowed, HashSet<string>? added = null)
    {
        foreach (var field in fields)
        {
            if (field.Type == FieldTypes.Page)
            {
                AddFields(schema, field.Fields, calculatedTypes, shadowed, added);
                continue;
            }

            if (field.Type == FieldTypes.Static || field.Key.Length == 0 || (shadowed?.Contains(field.Key) ?? false))
            {
                continue;
            }

            added?.Add(field.Key);
            switch (field.Type)
            {
                case FieldTypes.Repeat:
                    schema.RecordList(field.Key, item => AddFields(item, field.Fields, calculatedTypes, shadowed: null));
                    break;
                case FieldTypes.Address:
                    schema.Record(field.Key, a => a.Field("community", ExpressionType.Text).Field("building", ExpressionType.Text)
                        .Field("unit", ExpressionType.Text).Field("room", ExpressionType.Text));
                    break;
                case FieldTypes.Geolocation:
                    schema.Record(field.Key, g => g.Field("lat", ExpressionType.Number).Field("lng", ExpressionType.Number));
                    break;
                case FieldTypes.File or FieldTypes.Photo:
                    schema.RecordList(field.Key, f => f.Field("id", ExpressionType.Text).Field("name", ExpressionType.Text)
                        .Field("size", ExpressionType.Number).Field("contentType", ExpressionType.Text));
                    break;
                case FieldTypes.Calculated when !calculatedTypes.ContainsKey(field):
                    // Not typed yet (its expression does not compile, or is part of a cycle reported elsewhere):
                    // treat the value as text so that other expressions can still be checked.
                    schema.Field(field.Key, ExpressionType.Text);
                    break;
                default:
                    schema.Field(field.Key, ScalarType(field, calculatedTypes));
                    break;
            }
        }
    }

    private static ExpressionType ScalarType(FormField field, IReadOnlyDictionary<FormField, ExpressionType> calculatedTypes) => field.Type switch
    {
        FieldTypes.Number => ExpressionType.Number,
        FieldTypes.Date => ExpressionType.Date,
        FieldTypes.Time => ExpressionType.Time,
        FieldTypes.DateTime => ExpressionType.DateTime,
        FieldTypes.YesNo => ExpressionType.Boolean,
        FieldTypes.MultipleChoice => ExpressionType.TextList,
        FieldTypes.Calculated => calculatedTypes[field],
        FieldTypes.Hidden => field.Default?.GetValueKind() switch
        {
            JsonValueKind.Number => ExpressionType.Number,
            JsonValueKind.True or JsonValueKind.False => ExpressionType.Boolean,
            _ => ExpressionType.Text,
        },
        _ => ExpressionType.Text,
    };
}
