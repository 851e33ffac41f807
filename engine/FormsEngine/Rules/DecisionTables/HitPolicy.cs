namespace FormsEngine.Rules.DecisionTables;

/// <summary>How a decision table turns its matching rows into a result (DMN hit policies).</summary>
public enum HitPolicy
{
    /// <summary>At most one row may match; two or more is a failure naming the rows. Written <c>UNIQUE</c>.</summary>
    Unique,

    /// <summary>The first matching row in table order wins. Written <c>FIRST</c>.</summary>
    First,

    /// <summary>
    /// The matching row with the highest priority wins: the largest explicit <c>priority</c> of the row, or else the
    /// earliest position of its first output value in that output's <c>allowedValues</c>. Ties go to the earlier row.
    /// Written <c>PRIORITY</c>.
    /// </summary>
    Priority,

    /// <summary>Several rows may match only when they give the same outputs; otherwise a failure. Written <c>ANY</c>.</summary>
    Any,

    /// <summary>All matching rows, optionally aggregated (<see cref="CollectAggregation"/>). Written <c>COLLECT</c>.</summary>
    Collect,

    /// <summary>All matching rows in table order. Written <c>RULE ORDER</c>.</summary>
    RuleOrder,
}
