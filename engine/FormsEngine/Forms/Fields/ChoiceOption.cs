using System.Text.Json.Nodes;

namespace FormsEngine.Forms.Fields;

/// <summary>One option of a choice field: the stored <c>value</c> and the label shown.</summary>
internal sealed record ChoiceOption(string Value, LocalizedText Label, JsonObject Extras)
{
    public JsonObject ToJson()
    {
        var obj = new JsonObject { ["value"] = Value, ["label"] = Label.ToJson() };
        foreach (var (name, value) in Extras)
        {
            obj[name] = value?.DeepClone();
        }

        return obj;
    }
}
