namespace FormsEngine.Rules.DecisionTables;

/// <summary>The diagnostic and failure codes of decision tables.</summary>
internal static class TableCodes
{
    public const string InvalidJson = "table.json";
    public const string WrongType = "table.wrongType";
    public const string Missing = "table.missing";
    public const string MissingChinese = "table.missingChinese";
    public const string SchemaVersion = "table.schemaVersion";
    public const string InvalidId = "table.invalidId";
    public const string DuplicateId = "table.duplicateId";
    public const string OutOfRange = "table.outOfRange";
    public const string UnknownHitPolicy = "table.hitPolicy";
    public const string UnknownAggregation = "table.aggregation";
    public const string AggregationNotCollect = "table.aggregationNotCollect";
    public const string AggregationType = "table.aggregationType";
    public const string PriorityMissing = "table.priority";
    public const string CellCount = "table.cellCount";
    public const string OutputType = "table.outputType";
    public const string InputExpression = "table.inputExpression";
    public const string CellSyntax = "table.cell.syntax";
    public const string CellType = "table.cell.type";
    public const string CellExpression = "table.cell.expression";
    public const string OutputCell = "table.outputCell";
    public const string NotAllowedValue = "table.notAllowedValue";

    public const string Overlap = "table.overlap";
    public const string Gap = "table.gap";
    public const string AnalysisPartial = "table.analysis.partial";
    public const string AnalysisTooLarge = "table.analysis.tooLarge";

    public const string UniqueViolation = "table.run.notUnique";
    public const string AnyConflict = "table.run.anyConflict";
    public const string InputFailed = "table.run.inputFailed";
    public const string CellFailed = "table.run.cellFailed";
    public const string OutputFailed = "table.run.outputFailed";
    public const string AggregateFailed = "table.run.aggregateFailed";
}
