using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms;

/// <summary>
/// What changed between two versions of a form, field by field: added, removed, and changed fields (with the names of
/// the properties that differ), found by key at any depth (pages and repeat groups included). Works on the JSON, so a
/// property the engine does not know still counts as a change.
/// </summary>
internal static class FormDiff
{
    public static IReadOnlyList<FormChange> Compare(string beforeJson, string afterJson)
    {
        var before = Index(JsonNode.Parse(beforeJson) as JsonObject);
        var after = Index(JsonNode.Parse(afterJson) as JsonObject);
        var changes = new List<FormChange>();
        foreach (var (key, field) in after)
        {
            if (!before.TryGetValue(key, out var old))
            {
                changes.Add(new FormChange(FormChangeKind.Added, key, LabelOf(field), []));
                continue;
            }

            var names = field.Select(p => p.Key).Union(old.Select(p => p.Key)).Where(n => n != "fields")
                .Where(n => !JsonNode.DeepEquals(field[n], old[n])).Order(StringComparer.Ordinal).ToList();
            if (names.Count > 0)
            {
                changes.Add(new FormChange(FormChangeKind.Changed, key, LabelOf(field), names));
            }
        }

        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new FormChange(FormChangeKind.Removed, b.Key, LabelOf(b.Value), [])));
        return changes;
    }

    private static Dictionary<string, JsonObject> Index(JsonObject? form)
    {
        var index = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (form is not null)
        {
            Walk(form["fields"] as JsonArray, string.Empty, index);
        }

        return index;
    }

    private static void Walk(JsonArray? fields, string prefix, Dictionary<string, JsonObject> index)
    {
        if (fields is null)
        {
            return;
        }

        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] is not JsonObject field)
            {
                continue;
            }

            // Key-less items (static text, unnamed pages) are known by type and position in their container.
            var key = field["key"] is JsonValue k && k.TryGetValue<string>(out var s) && s.Length > 0 ? s : $"{field["type"]}#{i + 1}";
            var path = prefix + key;
            index.TryAdd(path, field);
            Walk(field["fields"] as JsonArray, field["type"]?.ToString() == FieldTypes.Page ? prefix : path + "/", index);
        }
    }

    private static string LabelOf(JsonObject field) => field["label"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o => o[LocalizedText.ChineseTag]?.ToString() ?? o[LocalizedText.EnglishTag]?.ToString() ?? string.Empty,
        _ => string.Empty,
    };
}

/// <summary>One field's change between two form versions; <see cref="Properties"/> names what differs for a changed field.</summary>
internal sealed record FormChange(FormChangeKind Kind, string Key, string Label, IReadOnlyList<string> Properties);

/// <summary>How a field changed.</summary>
internal enum FormChangeKind
{
    Added,
    Changed,
    Removed,
}
