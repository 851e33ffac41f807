using FormsEngine.Expressions;

namespace FormsEngine.Rules.DecisionTables;

/// <summary>Options for compiling and analysing decision tables.</summary>
public sealed class DecisionTableOptions
{
    /// <summary>Shared defaults.</summary>
    public static DecisionTableOptions Default { get; } = new();

    /// <summary>Limits, clock and time zone of the expressions in columns and cells (default <see cref="ExpressionOptions.Default"/>).</summary>
    public ExpressionOptions ExpressionOptions { get; init; } = ExpressionOptions.Default;

    /// <summary>
    /// The most steps the gap search of <see cref="DecisionTable.Analyze"/> may take (default 200,000). A larger table
    /// is checked only partly, and the analysis says so in a warning.
    /// </summary>
    public int MaxAnalysisSteps { get; init; } = 200_000;

    /// <summary>How many example inputs that match no row the analysis reports at most (default 5).</summary>
    public int MaxReportedGaps { get; init; } = 5;
}
