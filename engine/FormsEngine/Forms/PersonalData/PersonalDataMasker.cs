using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.PersonalData;

/// <summary>
/// Masks the personal answers of a submission for lists and exports, by each field's type and
/// <see cref="FormField.PersonalData"/> class: ID numbers and phones keep their ends, names their first character,
/// addresses their community and building; locations, signatures, files and other sensitive values are hidden.
/// Fields classed <c>none</c> pass through. The input is never changed.
/// </summary>
public static class PersonalDataMasker
{
    /// <summary>A masked copy of normalized <paramref name="answers"/> of <paramref name="form"/>.</summary>
    public static JsonObject Mask(FormDefinition form, JsonObject answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        var masked = (JsonObject)answers.DeepClone();
        MaskScope(form.Fields, masked);
        return masked;
    }

    /// <summary>The masked form of one answer of <paramref name="field"/>, or the answer itself when it is not personal.</summary>
    public static JsonNode? MaskValue(FormField field, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value is null || field.PersonalData == PersonalDataClass.None)
        {
            return value?.DeepClone();
        }

        return field.Type switch
        {
            FieldTypes.IdNumber when value is JsonValue v && v.TryGetValue<string>(out var id) => TextMasks.IdNumber(id),
            FieldTypes.Mobile when value is JsonValue v && v.TryGetValue<string>(out var phone) => TextMasks.Mobile(phone),
            FieldTypes.Email when value is JsonValue v && v.TryGetValue<string>(out var email) => TextMasks.Email(email),
            FieldTypes.Text or FieldTypes.TextArea or FieldTypes.Hidden when field.PersonalData == PersonalDataClass.Personal
                && value is JsonValue v && v.TryGetValue<string>(out var text) => TextMasks.Text(text),
            FieldTypes.Address when value is JsonObject address => MaskAddress(address),
            _ => TextMasks.Hidden,
        };
    }

    private static void MaskScope(IReadOnlyList<FormField> fields, JsonObject scope)
    {
        foreach (var field in fields)
        {
            if (field.Type == FieldTypes.Page)
            {
                MaskScope(field.Fields, scope);
            }
            else if (field.Type == FieldTypes.Repeat && scope[field.Key] is JsonArray items)
            {
                foreach (var item in items)
                {
                    if (item is JsonObject itemScope)
                    {
                        MaskScope(field.Fields, itemScope);
                    }
                }
            }
            else if (field.Key.Length > 0 && scope.TryGetPropertyValue(field.Key, out var value) && value is not null
                && field.PersonalData != PersonalDataClass.None)
            {
                scope[field.Key] = MaskValue(field, value);
            }
        }
    }

    private static JsonObject MaskAddress(JsonObject address)
    {
        // Community and building say which grid a case belongs to; unit and room say which door.
        var masked = new JsonObject();
        foreach (var (part, value) in address)
        {
            masked[part] = part is "community" or "building" ? value?.DeepClone() : TextMasks.Hidden;
        }

        return masked;
    }
}
