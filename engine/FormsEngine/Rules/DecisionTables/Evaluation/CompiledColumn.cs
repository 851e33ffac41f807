using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables.Loading;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>An input column: its expression and the writer that stores its value in the evaluation record.</summary>
internal sealed record CompiledColumn(InputColumn Definition, string FieldName, CompiledExpression Expression, Action<ExpressionRecord> Write);
