namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>One row, compiled. <see cref="Rank"/> orders rows under PRIORITY (higher wins).</summary>
internal sealed record CompiledRow(int Index, CompiledCell[] Inputs, CompiledOutput[] Outputs, string? Description, int Rank);
