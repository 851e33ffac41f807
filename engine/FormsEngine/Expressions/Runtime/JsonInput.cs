using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Expressions.Runtime;

/// <summary>
/// What <see cref="ExpressionRecordLoader"/> needs of a JSON value, so one loader serves both <see cref="JsonElement"/>
/// (parsed documents) and <see cref="JsonNode"/> (answers being built in memory) without a text round trip.
/// </summary>
internal interface IJsonInput<TSelf>
    where TSelf : struct, IJsonInput<TSelf>
{
    JsonValueKind Kind { get; }

    bool Boolean { get; }

    double Number { get; }

    /// <summary>The text of a string value; null for any other kind.</summary>
    string? Text { get; }

    IEnumerable<(string Name, TSelf Value)> Properties { get; }

    IEnumerable<TSelf> Items { get; }
}

/// <summary>A <see cref="JsonElement"/> as loader input.</summary>
internal readonly struct ElementInput(JsonElement element) : IJsonInput<ElementInput>
{
    public JsonValueKind Kind => element.ValueKind;

    public bool Boolean => element.GetBoolean();

    public double Number => element.GetDouble();

    public string? Text => element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    public IEnumerable<(string Name, ElementInput Value)> Properties =>
        element.EnumerateObject().Select(p => (p.Name, new ElementInput(p.Value)));

    public IEnumerable<ElementInput> Items => element.EnumerateArray().Select(i => new ElementInput(i));
}

/// <summary>A <see cref="JsonNode"/> (null is JSON null) as loader input.</summary>
internal readonly struct NodeInput(JsonNode? node) : IJsonInput<NodeInput>
{
    public JsonValueKind Kind => node?.GetValueKind() ?? JsonValueKind.Null;

    public bool Boolean => node!.GetValue<bool>();

    public double Number
    {
        get
        {
            var value = node!.AsValue();
            if (value.TryGetValue<double>(out var d))
            {
                return d;
            }

            // Values built in code (decimal, int, long…) do not all convert through TryGetValue<double>.
            return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }

    public string? Text => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public IEnumerable<(string Name, NodeInput Value)> Properties =>
        node!.AsObject().Select(p => (p.Key, new NodeInput(p.Value)));

    public IEnumerable<NodeInput> Items => node!.AsArray().Select(i => new NodeInput(i));
}
