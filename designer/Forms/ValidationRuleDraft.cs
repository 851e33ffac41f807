using System.Text.Json.Nodes;

namespace FormsEngine.Designer.FormEditing;

/// <summary>One custom check of a field (<c>validations[i]</c>): a condition that must hold, and the message otherwise.</summary>
/// <param name="Expression">The condition, e.g. <c>年龄 &gt;= 18</c>.</param>
/// <param name="MessageZh">The Chinese message shown when the condition does not hold.</param>
/// <param name="MessageEn">The optional English message.</param>
public sealed record ValidationRuleDraft(string Expression, string MessageZh, string? MessageEn = null)
{
    internal JsonObject? Original { get; init; }

    internal static ValidationRuleDraft From(JsonObject obj) => new(
        DraftJson.String(obj["expression"]) ?? "",
        DraftJson.Text(obj["message"], DraftJson.Zh) ?? "",
        DraftJson.Text(obj["message"], DraftJson.En))
    {
        Original = obj,
    };

    internal JsonObject ToJson()
    {
        var obj = Original is null ? [] : (JsonObject)Original.DeepClone();
        obj["expression"] = Expression;
        obj["message"] = DraftJson.WithText(Original?["message"], MessageZh, MessageEn);
        return obj;
    }
}
