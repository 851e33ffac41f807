using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Host.Resident;

/// <summary>Control names of the resident page (<c>家庭成员[0].照片</c>) as paths into the answers and the form.</summary>
internal static class AnswerPaths
{
    /// <summary>Removes the answer at <paramref name="path"/>, if there is one.</summary>
    public static void Remove(JsonObject answers, string path)
    {
        JsonNode? node = answers;
        var segments = Segments(path);
        for (var i = 0; i < segments.Count; i++)
        {
            var (key, index) = segments[i];
            if (node is not JsonObject obj)
            {
                return;
            }

            if (i == segments.Count - 1 && index is null)
            {
                obj.Remove(key);
                return;
            }

            node = obj[key];
            if (index is { } n)
            {
                node = node is JsonArray array && n < array.Count ? array[n] : null;
            }
        }
    }

    /// <summary>The field a control name refers to (indexes ignored; pages are transparent), or null.</summary>
    public static FormField? FindField(FormDefinition form, string path)
    {
        IReadOnlyList<FormField> fields = form.Fields;
        FormField? found = null;
        foreach (var (key, _) in Segments(path))
        {
            found = FormDefinition.Find(fields, key);
            if (found is null)
            {
                return null;
            }

            fields = found.Fields;
        }

        return found;
    }

    private static List<(string Key, int? Index)> Segments(string path)
    {
        var list = new List<(string, int?)>();
        foreach (var part in path.Split('.'))
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            if (open > 0 && part.EndsWith(']') && int.TryParse(part.AsSpan(open + 1, part.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                list.Add((part[..open], index));
            }
            else
            {
                list.Add((part, null));
            }
        }

        return list;
    }
}
