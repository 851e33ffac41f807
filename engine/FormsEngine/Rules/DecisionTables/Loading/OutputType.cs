namespace FormsEngine.Rules.DecisionTables.Loading;

/// <summary>The declared type of an output column.</summary>
internal enum OutputType
{
    Number,
    Text,
    Boolean,
}
