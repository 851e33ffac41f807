namespace FormsEngine.Rules.DecisionTables;

/// <summary>Why a row did or did not match: the verdict of each of its input cells.</summary>
/// <param name="Row">The 0-based row index (<c>$.rules[Row]</c>).</param>
/// <param name="Matched">True when every cell was true.</param>
/// <param name="Cells">One entry per input column.</param>
public sealed record DecisionRowTrace(int Row, bool Matched, IReadOnlyList<DecisionCellTrace> Cells);
