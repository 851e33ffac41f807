using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Forms.Loading;

/// <summary>
/// Reads the properties of one JSON object, reporting wrong types with the property's path, and remembers which
/// properties it read so that the rest can be kept verbatim (<see cref="Extras"/>).
/// </summary>
internal sealed class ObjectReader
{
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);

    public ObjectReader(JsonObject source, string path, LoadContext context)
    {
        Source = source;
        Path = path;
        Context = context;
    }

    public JsonObject Source { get; }

    public string Path { get; }

    public LoadContext Context { get; }

    public string PathOf(string name) => JsonPaths.Property(Path, name);

    public bool Has(string name) => Source[name] is not null;

    public JsonNode? Raw(string name)
    {
        _consumed.Add(name);
        return Source[name]?.DeepClone();
    }

    public string? String(string name, bool required = false)
    {
        var node = Take(name, required);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.String)
        {
            return node.GetValue<string>();
        }

        WrongType(name, "字符串", "a string");
        return null;
    }

    public bool Bool(string name)
    {
        var node = Take(name, false);
        if (node is null)
        {
            return false;
        }

        var kind = node.GetValueKind();
        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            return kind == JsonValueKind.True;
        }

        WrongType(name, "true 或 false", "true or false");
        return false;
    }

    public decimal? Decimal(string name, bool required = false)
    {
        var node = Take(name, required);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<decimal>(out var value))
        {
            return value;
        }

        WrongType(name, "数字", "a number");
        return null;
    }

    public int? Int(string name, int minimum, bool required = false)
    {
        var node = Take(name, required);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<int>(out var value))
        {
            if (value >= minimum)
            {
                return value;
            }

            Context.Error(LoadCodes.OutOfRange, PathOf(name), $"数值不能小于 {minimum}", $"the value must be at least {minimum}");
            return null;
        }

        WrongType(name, "整数", "an integer");
        return null;
    }

    public JsonArray? Array(string name, bool required = false)
    {
        var node = Take(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is JsonArray array)
        {
            return array;
        }

        WrongType(name, "数组", "an array");
        return null;
    }

    public JsonObject? Object(string name, bool required = false)
    {
        var node = Take(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is JsonObject obj)
        {
            return obj;
        }

        WrongType(name, "对象", "an object");
        return null;
    }

    public LocalizedText? Text(string name, bool required = false)
    {
        var obj = Object(name, required);
        return obj is null ? null : TextReader.Read(obj, PathOf(name), Context);
    }

    public IReadOnlyList<string> StringList(string name)
    {
        var array = Array(name);
        if (array is null)
        {
            return [];
        }

        var list = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                list.Add(value.GetValue<string>());
            }
            else
            {
                Context.Error(LoadCodes.WrongType, JsonPaths.Index(PathOf(name), i), "类型错误：应为字符串", "wrong type: expected a string");
            }
        }

        return list;
    }

    /// <summary>Copies of the properties no one read: unknown properties, kept for a lossless save.</summary>
    public JsonObject Extras()
    {
        var extras = new JsonObject();
        foreach (var (name, value) in Source)
        {
            if (!_consumed.Contains(name))
            {
                extras[name] = value?.DeepClone();
            }
        }

        return extras;
    }

    private JsonNode? Take(string name, bool required)
    {
        _consumed.Add(name);
        var node = Source[name];
        if (node is null && required)
        {
            Context.Error(LoadCodes.MissingProperty, PathOf(name), $"缺少必需的属性“{name}”", $"the required property '{name}' is missing");
        }

        return node;
    }

    private void WrongType(string name, string zh, string en) =>
        Context.Error(LoadCodes.WrongType, PathOf(name), $"类型错误：应为{zh}", $"wrong type: expected {en}");
}
