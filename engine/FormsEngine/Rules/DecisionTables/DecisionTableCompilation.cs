using FormsEngine.Diagnostics;

namespace FormsEngine.Rules.DecisionTables;

/// <summary>The result of <see cref="DecisionTable.Compile(string, FormsEngine.Expressions.ExpressionSchema, DecisionTableOptions?)"/>: every diagnostic, and the table when there were no errors.</summary>
public sealed class DecisionTableCompilation
{
    internal DecisionTableCompilation(IReadOnlyList<Diagnostic> diagnostics, DecisionTable? table)
    {
        Diagnostics = diagnostics;
        Table = table;
    }

    /// <summary>All problems found, each with the JSON path of the column or cell and, inside a cell, line:column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The compiled table; null when there were errors.</summary>
    public DecisionTable? Table { get; }

    /// <summary>True when the table compiled.</summary>
    public bool Succeeded => Table is not null;
}
