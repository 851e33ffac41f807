namespace FormsEngine.Rules.DecisionTables;

/// <summary>How a <see cref="HitPolicy.Collect"/> table combines the first output of its matching rows.</summary>
public enum CollectAggregation
{
    /// <summary>No aggregation: the list of every matching row's outputs.</summary>
    None,

    /// <summary>The sum of the first (numeric) output; 0 when nothing matches.</summary>
    Sum,

    /// <summary>The number of matching rows; 0 when nothing matches.</summary>
    Count,

    /// <summary>The smallest first (numeric) output; null when nothing matches.</summary>
    Min,

    /// <summary>The largest first (numeric) output; null when nothing matches.</summary>
    Max,
}
