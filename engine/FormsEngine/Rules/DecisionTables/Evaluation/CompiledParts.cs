using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables.Cells;
using FormsEngine.Rules.DecisionTables.Loading;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>An input column: its expression and the writer that stores its value in the evaluation record.</summary>
internal sealed record CompiledColumn(InputColumn Definition, string FieldName, CompiledExpression Expression, Action<ExpressionRecord> Write);

/// <summary>An input cell: the parsed test and its compiled predicate (null for <c>-</c>, which matches everything).</summary>
internal sealed record CompiledCell(string Text, CellTest Test, CompiledExpression? Expression, Func<ExpressionRecord, bool>? Predicate);

/// <summary>An output cell: a constant (null for <c>-</c>) or an expression.</summary>
internal sealed record CompiledOutput(JsonNode? Constant, CompiledExpression? Expression)
{
    /// <summary>The constant as a number, decoded once for aggregations; null when it is not a number.</summary>
    public decimal? ConstantNumber { get; } = OutputValues.Number(Constant);
}

/// <summary>One row, compiled. <see cref="Rank"/> orders rows under PRIORITY (higher wins).</summary>
internal sealed record CompiledRow(int Index, CompiledCell[] Inputs, CompiledOutput[] Outputs, string? Description, int Rank);
