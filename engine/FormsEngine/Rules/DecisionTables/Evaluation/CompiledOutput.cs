using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables.Loading;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>An output cell: a constant (null for <c>-</c>) or an expression.</summary>
internal sealed record CompiledOutput(JsonNode? Constant, CompiledExpression? Expression)
{
    /// <summary>The constant as a number, decoded once for aggregations; null when it is not a number.</summary>
    public decimal? ConstantNumber { get; } = OutputValues.Number(Constant);
}
