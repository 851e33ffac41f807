using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;
using Microsoft.Extensions.Primitives;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// Reads a resident's post back into answers, the inverse of <see cref="FormPageRenderer"/> (names as in
/// <see cref="FieldNames"/>). Lenient and hostile-proof: unknown names, malformed names, indexes at or beyond a
/// group's <c>maxItems</c> (default <see cref="DefaultMaxItems"/>) and surplus duplicates are ignored; nothing throws.
/// Values are not checked here: <c>CompiledForm.ValidateSubmission</c> does that and reports what is wrong.
/// </summary>
public static class FormPostReader
{
    /// <summary>The item limit of a repeat group without <c>maxItems</c>.</summary>
    public const int DefaultMaxItems = 50;

    /// <summary>At most this many repeat items are created by one post, whatever the names say.</summary>
    private const int MaxItemsPerPost = 500;

    /// <summary>At most this many values are kept for one multiple-choice or file answer.</summary>
    private const int MaxValuesPerAnswer = 100;

    private static readonly string[] AddressParts = ["community", "building", "unit", "room"];
    private static readonly string[] LocationParts = ["lat", "lng", "accuracy"];

    /// <summary>Reads posted fields (an <c>IFormCollection</c> is one) against <paramref name="form"/>.</summary>
    public static FormPost Read(FormDefinition form, IEnumerable<KeyValuePair<string, StringValues>> fields)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fields);
        var scopes = FieldScopes.For(form);
        var answers = new JsonObject();
        var parts = new List<NameParser.Part>();
        var action = new FormAction(FormActionKind.Submit);
        string? idempotency = null;
        var budget = MaxItemsPerPost;
        foreach (var (name, values) in fields)
        {
            if (name == FormAction.FieldName)
            {
                action = FormAction.Parse(values.Count > 0 ? values[0] : null);
            }
            else if (name == FormPageRenderer.IdempotencyFieldName)
            {
                idempotency ??= values.Count > 0 ? values[0] : null;
            }
            else if (name is { Length: > 0 and <= 1000 } && NameParser.TryParse(name, parts))
            {
                Place(scopes, answers, parts, values, ref budget);
            }
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        CollectFileInputs(scopes, scopes.Top, answers, "", files);
        return new FormPost(answers, action, idempotency, files);
    }

    private static void Place(FieldScopes scopes, JsonObject answers, List<NameParser.Part> parts, StringValues values, ref int budget)
    {
        var scope = scopes.Top;
        var target = answers;
        for (var j = 0; j < parts.Count; j++)
        {
            if (parts[j].Key is not { } key || !scope.TryGetValue(key, out var field))
            {
                return;
            }

            var rest = parts.Count - j - 1;
            switch (field)
            {
                case RepeatGroupField group:
                    if (rest < 1 || parts[j + 1].Key is not null || parts[j + 1].Index >= (group.MaxItems ?? DefaultMaxItems)
                        || Item(target, key, parts[j + 1].Index, ref budget) is not { } item)
                    {
                        return;
                    }

                    target = item;
                    scope = scopes.Item(group);
                    j++;
                    continue;
                case AddressField or GeolocationField:
                    if (rest == 1 && parts[j + 1].Key is { } part)
                    {
                        SetPart(target, field, key, part, values);
                    }

                    return;
                default:
                    if (rest == 0)
                    {
                        SetLeaf(target, field, key, values);
                    }

                    return;
            }
        }
    }

    /// <summary>Item <paramref name="index"/> of the group array, created (with blank items before it) within the budget.</summary>
    private static JsonObject? Item(JsonObject target, string key, int index, ref int budget)
    {
        if (target[key] is not JsonArray array)
        {
            if (target.ContainsKey(key))
            {
                return null;
            }

            target[key] = array = [];
        }

        while (array.Count <= index)
        {
            if (--budget < 0)
            {
                return null;
            }

            array.Add(new JsonObject());
        }

        return array[index] as JsonObject;
    }

    private static void SetPart(JsonObject target, FormField field, string key, string part, StringValues values)
    {
        var location = field is GeolocationField;
        if (Array.IndexOf(location ? LocationParts : AddressParts, part) < 0 || First(values) is not { } value)
        {
            return;
        }

        if (target[key] is not JsonObject obj)
        {
            if (target.ContainsKey(key))
            {
                return;
            }

            target[key] = obj = [];
        }

        if (!obj.ContainsKey(part))
        {
            obj[part] = location ? Number(value) : JsonValue.Create(value);
        }
    }

    private static void SetLeaf(JsonObject target, FormField field, string key, StringValues values)
    {
        switch (field)
        {
            case ChoiceField { Multiple: true }:
                AddAll(target, key, values, static v => JsonValue.Create(v));
                return;
            case FileUploadField:
                AddAll(target, key, values, FileReference);
                return;
        }

        if (target.ContainsKey(key) || First(values) is not { } value)
        {
            return;
        }

        target[key] = field switch
        {
            YesNoField => value switch
            {
                "true" => JsonValue.Create(true),
                "false" => JsonValue.Create(false),
                _ => JsonValue.Create(value),
            },
            NumberField => Number(value),
            _ => JsonValue.Create(value),
        };
    }

    private static void AddAll(JsonObject target, string key, StringValues values, Func<string, JsonNode?> convert)
    {
        if (target[key] is not JsonArray array)
        {
            if (target.ContainsKey(key))
            {
                return;
            }

            array = [];
        }

        foreach (var value in values)
        {
            if (array.Count < MaxValuesPerAnswer && !string.IsNullOrWhiteSpace(value) && convert(value) is { } node)
            {
                array.Add(node);
            }
        }

        if (array.Count > 0 && array.Parent is null)
        {
            target[key] = array;
        }
    }

    /// <summary>A kept upload's reference as posted back by the page; anything else is dropped.</summary>
    private static JsonObject? FileReference(string value)
    {
        if (value.Length > 2000 || !value.StartsWith('{'))
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(value, documentOptions: new JsonDocumentOptions { MaxDepth = 4 }) is not JsonObject obj
                || obj["id"] is not JsonValue id || id.GetValueKind() != JsonValueKind.String)
            {
                return null;
            }

            var reference = new JsonObject();
            foreach (var name in (string[])["id", "name", "size", "contentType"])
            {
                if (obj[name] is JsonValue v)
                {
                    reference[name] = v.DeepClone();
                }
            }

            return reference;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonValue Number(string value) =>
        decimal.TryParse(value.AsSpan().Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(value);

    private static string? First(StringValues values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }

    private static void CollectFileInputs(FieldScopes scopes, Dictionary<string, FormField> scope, JsonObject? answers, string parent, HashSet<string> names)
    {
        foreach (var (key, field) in scope)
        {
            var name = FieldNames.Child(parent, key);
            if (field is FileUploadField)
            {
                names.Add(name);
            }
            else if (field is RepeatGroupField && answers?[key] is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    CollectFileInputs(scopes, scopes.Item(field), items[i] as JsonObject, FieldNames.Item(name, i), names);
                }
            }
        }
    }
}
