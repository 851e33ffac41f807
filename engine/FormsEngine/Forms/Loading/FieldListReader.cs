using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Loading;

/// <summary>Reads and writes an array of fields (<c>fields</c> of the form, a page or a repeat group).</summary>
internal static class FieldListReader
{
    public static IReadOnlyList<FormField> Read(JsonArray? array, string path, LoadContext context, KeyScope keys)
    {
        var fields = new List<FormField>(array?.Count ?? 0);
        if (array is null)
        {
            return fields;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = JsonPaths.Index(path, i);
            if (array[i] is not JsonObject obj)
            {
                context.Error(LoadCodes.WrongType, itemPath, "类型错误：字段应为对象", "wrong type: a field must be an object");
                continue;
            }

            if (FieldReader.Read(obj, itemPath, context, keys) is { } field)
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    public static JsonArray Write(IReadOnlyList<FormField> fields)
    {
        var array = new JsonArray();
        foreach (var field in fields)
        {
            array.Add(field.ToJson());
        }

        return array;
    }
}
