using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;

namespace FormsEngine.Rules.DecisionTables;

/// <summary>The findings of <see cref="DecisionTable.Analyze"/>.</summary>
public sealed class DecisionTableAnalysis
{
    internal DecisionTableAnalysis(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<DecisionTableOverlap> overlaps, IReadOnlyList<DecisionTableGap> gaps, bool isExact)
    {
        Diagnostics = diagnostics;
        Overlaps = overlaps;
        Gaps = gaps;
        IsExact = isExact;
    }

    /// <summary>Overlaps (an error under UNIQUE, a warning under ANY with different outputs), gaps and analysis limits, with the rows' paths.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every pair of rows that some input matches both of, under any hit policy.</summary>
    public IReadOnlyList<DecisionTableOverlap> Overlaps { get; }

    /// <summary>Example inputs that match no row (up to <see cref="DecisionTableOptions.MaxReportedGaps"/>).</summary>
    public IReadOnlyList<DecisionTableGap> Gaps { get; }

    /// <summary>True when every cell could be analysed exactly and the gap search finished within its limit.</summary>
    public bool IsExact { get; }
}

/// <summary>Two rows that an input can match at once.</summary>
/// <param name="FirstRow">The earlier row (0-based).</param>
/// <param name="SecondRow">The later row (0-based).</param>
/// <param name="Example">An input matching both, as column values keyed by input id.</param>
/// <param name="SameOutputs">True when both rows have the same literal outputs.</param>
public sealed record DecisionTableOverlap(int FirstRow, int SecondRow, JsonObject Example, bool SameOutputs);

/// <summary>An input that matches no row.</summary>
/// <param name="Example">Column values keyed by input id; columns that do not matter hold a sample value.</param>
/// <param name="DescriptionZh">The example as staff read it, e.g. <c>年龄 = 59，社区 = 其他值（不是 "东区"、"西区"）</c>.</param>
/// <param name="DescriptionEn">The same in English.</param>
public sealed record DecisionTableGap(JsonObject Example, string DescriptionZh, string DescriptionEn);
