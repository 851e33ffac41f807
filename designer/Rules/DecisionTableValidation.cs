using FormsEngine.Diagnostics;
using FormsEngine.Rules.DecisionTables;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>An engine diagnostic of a decision table with the row it is about.</summary>
/// <param name="Diagnostic">The engine's diagnostic.</param>
/// <param name="Row">The 0-based row; null for the table, a column or the gap analysis.</param>
public sealed record TableDiagnostic(Diagnostic Diagnostic, int? Row)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Diagnostic.IsError;
}

/// <summary>What the engine says about a decision table: compile problems, overlaps and gaps.</summary>
/// <param name="Diagnostics">Compile and analysis diagnostics, placed on rows where they have one.</param>
/// <param name="Overlaps">Every pair of rows some input matches both of (whatever the hit policy).</param>
/// <param name="Gaps">Example inputs that match no row.</param>
/// <param name="IsExact">True when the analysis was exact and complete.</param>
public sealed record DecisionTableValidation(IReadOnlyList<TableDiagnostic> Diagnostics, IReadOnlyList<DecisionTableOverlap> Overlaps, IReadOnlyList<DecisionTableGap> Gaps, bool IsExact)
{
    /// <summary>True when there is no error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The diagnostics placed on <paramref name="row"/>.</summary>
    public IEnumerable<TableDiagnostic> ForRow(int row) => Diagnostics.Where(d => d.Row == row);

    /// <summary>The overlaps <paramref name="row"/> takes part in, with the other row.</summary>
    public IEnumerable<(DecisionTableOverlap Overlap, int OtherRow)> OverlapsOf(int row) =>
        Overlaps.Where(o => o.FirstRow == row || o.SecondRow == row).Select(o => (o, o.FirstRow == row ? o.SecondRow : o.FirstRow));

    /// <summary>The diagnostics on no row (the table, its columns, gaps).</summary>
    public IEnumerable<TableDiagnostic> General => Diagnostics.Where(d => d.Row is null);
}
