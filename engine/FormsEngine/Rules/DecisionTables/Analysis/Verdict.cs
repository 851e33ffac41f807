namespace FormsEngine.Rules.DecisionTables.Analysis;

/// <summary>What the analysis knows about a cell on one region of its column's domain.</summary>
internal enum Verdict : byte
{
    False,
    True,

    /// <summary>A free expression: it may or may not match.</summary>
    Unknown,
}
