using System.Text.Json.Nodes;

namespace FormsEngine.Rules.DecisionTables;

/// <summary>An input that matches no row.</summary>
/// <param name="Example">Column values keyed by input id; columns that do not matter hold a sample value.</param>
/// <param name="DescriptionZh">The example as staff read it, e.g. <c>年龄 = 59，社区 = 其他值（不是 "东区"、"西区"）</c>.</param>
/// <param name="DescriptionEn">The same in English.</param>
public sealed record DecisionTableGap(JsonObject Example, string DescriptionZh, string DescriptionEn);
