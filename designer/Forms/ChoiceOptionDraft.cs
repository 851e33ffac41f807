using System.Text.Json.Nodes;

namespace FormsEngine.Designer.FormEditing;

/// <summary>One option of a 单选/多选 field as the builder edits it; other properties of the option are kept.</summary>
/// <param name="Value">The stored value, e.g. <c>train</c>.</param>
/// <param name="LabelZh">The Chinese label residents see.</param>
/// <param name="LabelEn">The optional English label.</param>
public sealed record ChoiceOptionDraft(string Value, string LabelZh, string? LabelEn = null)
{
    /// <summary>The option's original JSON (other languages, unknown properties), merged under the edited values.</summary>
    internal JsonObject? Original { get; init; }

    internal static ChoiceOptionDraft From(JsonObject obj) => new(
        DraftJson.String(obj["value"]) ?? "",
        DraftJson.Text(obj["label"], DraftJson.Zh) ?? "",
        DraftJson.Text(obj["label"], DraftJson.En))
    {
        Original = obj,
    };

    internal JsonObject ToJson()
    {
        var obj = Original is null ? [] : (JsonObject)Original.DeepClone();
        obj["value"] = Value;
        obj["label"] = DraftJson.WithText(Original?["label"], LabelZh, LabelEn);
        return obj;
    }
}
