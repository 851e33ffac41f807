using System.Text.Json.Nodes;

namespace FormsEngine.Rules;

/// <summary>What a leaf rule's condition saw: for staff, who need to know exactly why a rule fired or not.</summary>
public sealed class RuleConditionTrace
{
    internal RuleConditionTrace(string expression, JsonNode? value, IReadOnlyDictionary<string, JsonNode?> fields)
    {
        Expression = expression;
        Value = value;
        Fields = fields;
    }

    /// <summary>The condition as written.</summary>
    public string Expression { get; }

    /// <summary>Its value (<c>true</c>, <c>false</c> or null); null also when it failed.</summary>
    public JsonNode? Value { get; }

    /// <summary>Each field the condition read (dotted path, e.g. <c>input1.年龄</c>) and its value; empty for JavaScript rules.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Fields { get; }

    /// <summary>camelCase JSON: <c>expression</c>, <c>value</c>, <c>fields</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["expression"] = Expression,
        ["value"] = Value?.DeepClone(),
        ["fields"] = new JsonObject(Fields.Select(f => KeyValuePair.Create(f.Key, f.Value?.DeepClone()))),
    };
}
