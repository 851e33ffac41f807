using System.Text.Json.Nodes;

namespace FormsEngine.Designer.Resident;

/// <summary>Finds where a control name's answer lives in an answers object (<c>家庭成员[0].照片</c> → item 0, key 照片).</summary>
internal static class PostPaths
{
    /// <summary>
    /// The object holding the last key of <paramref name="name"/> and that key; with <paramref name="create"/>, missing
    /// arrays and items on the way are created (callers pass only names they have checked against the form).
    /// </summary>
    public static (JsonObject? Parent, string Key) Locate(JsonObject root, string name, bool create)
    {
        var parts = new List<NameParser.Part>();
        if (!NameParser.TryParse(name, parts) || parts[^1].Key is not { } last)
        {
            return (null, "");
        }

        var target = root;
        for (var j = 0; j < parts.Count - 1; j++)
        {
            if (parts[j].Key is not { } key || parts[j + 1].Key is not null)
            {
                return (null, "");
            }

            var index = parts[j + 1].Index;
            if (target[key] is not JsonArray array)
            {
                if (!create || target[key] is not null)
                {
                    return (null, "");
                }

                target[key] = array = [];
            }

            while (create && array.Count <= index)
            {
                array.Add(new JsonObject());
            }

            if (index >= array.Count || array[index] is not JsonObject item)
            {
                return (null, "");
            }

            target = item;
            j++;
        }

        return (target, last);
    }
}
