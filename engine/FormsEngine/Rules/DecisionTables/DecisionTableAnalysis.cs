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
