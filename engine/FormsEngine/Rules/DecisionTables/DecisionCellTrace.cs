using System.Text.Json.Nodes;

namespace FormsEngine.Rules.DecisionTables;

/// <summary>One input cell of a row, tested against the column value.</summary>
/// <param name="InputId">The input column id.</param>
/// <param name="Cell">The cell text as written.</param>
/// <param name="Value">The column value (JSON), the same for every row.</param>
/// <param name="Result">True or false; null when the cell failed at run time (see <paramref name="ErrorCode"/>).</param>
/// <param name="ErrorCode">The runtime error, e.g. <c>expr.divideByZero</c>; null otherwise.</param>
public sealed record DecisionCellTrace(string InputId, string Cell, JsonNode? Value, bool? Result, string? ErrorCode);
