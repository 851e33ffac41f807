namespace FormsEngine.Rules.DecisionTables.Loading;

/// <summary>One row: the input cells, the output cells, and the optional description and priority.</summary>
internal sealed record RuleRow(IReadOnlyList<string> InputEntries, IReadOnlyList<string> OutputEntries, string? Description, int? Priority);
