using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables.Cells;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>An input cell: the parsed test and its compiled predicate (null for <c>-</c>, which matches everything).</summary>
internal sealed record CompiledCell(string Text, CellTest Test, CompiledExpression? Expression, Func<ExpressionRecord, bool>? Predicate);
