using System.Text.Json.Nodes;

namespace FormsEngine.Rules.DecisionTables.Analysis;

/// <summary>
/// One piece of a column's domain on which every analysable cell of the column is constantly true or false: a number
/// interval between two cell boundaries, a single boundary value, one listed text, or "any other text".
/// </summary>
/// <param name="Sample">A value inside the region, used to test cells and as the example in messages.</param>
/// <param name="DescriptionZh">How the region reads in Chinese, e.g. <c>59</c> or <c>其他值（不是 "东区"、"西区"）</c>.</param>
/// <param name="DescriptionEn">The same in English.</param>
internal sealed record Region(object Sample, string DescriptionZh, string DescriptionEn)
{
    public JsonNode? ToJson() => Sample switch
    {
        decimal d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        string s => JsonValue.Create(s),
        _ => null,
    };
}
