using System.Text.Json;

namespace FormsEngine.Expressions;

/// <summary>Schema inference from RulesEngine input samples.</summary>
public sealed partial class ExpressionSchema
{
    /// <summary>
    /// Infers a schema from named RulesEngine inputs and a JSON sample of each, e.g.
    /// <c>FromJsonSamples(("input1", sample))</c> lets rules say <c>input1.country == "india"</c>.
    /// Objects become records; arrays of objects become lists of records (fields merged over all items); arrays of
    /// strings, numbers or booleans become lists of those; numbers become numbers; booleans stay booleans; strings —
    /// including ones that look like dates — stay text (convert with <c>date(x)</c>); nulls and empty arrays become text
    /// and list of text. The first sample of a property decides its type.
    /// </summary>
    public static ExpressionSchema FromJsonSamples(params (string Name, JsonElement Sample)[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var schema = Create();
        foreach (var (name, sample) in inputs)
        {
            schema.Field(name, Infer([sample]));
        }

        return schema;
    }

    private static ExpressionType Infer(List<JsonElement> samples)
    {
        var sample = samples.FirstOrDefault(s => s.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined));
        switch (sample.ValueKind)
        {
            case JsonValueKind.Object:
                return ExpressionType.Record(InferRecord(samples.Where(s => s.ValueKind == JsonValueKind.Object)));
            case JsonValueKind.Array:
                var items = samples.Where(s => s.ValueKind == JsonValueKind.Array).SelectMany(s => s.EnumerateArray()).ToList();
                var element = Infer(items);
                return element.Kind == ExpressionTypeKind.List ? ExpressionType.TextList : ExpressionType.List(element);
            case JsonValueKind.Number:
                return ExpressionType.Number;
            case JsonValueKind.True or JsonValueKind.False:
                return ExpressionType.Boolean;
            default:
                return ExpressionType.Text;
        }
    }

    private static ExpressionSchema InferRecord(IEnumerable<JsonElement> objects)
    {
        var byName = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var obj in objects)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (!byName.TryGetValue(property.Name, out var values))
                {
                    byName[property.Name] = values = [];
                    order.Add(property.Name);
                }

                values.Add(property.Value);
            }
        }

        var schema = Create();
        foreach (var name in order)
        {
            schema.Field(name, Infer(byName[name]));
        }

        return schema;
    }
}
