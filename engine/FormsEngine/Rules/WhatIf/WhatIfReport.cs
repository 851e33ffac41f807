namespace FormsEngine.Rules.WhatIf;

/// <summary>What publishing a new version of a rule set would change for the stored answers.</summary>
public sealed class WhatIfReport
{
    internal WhatIfReport(int total, IReadOnlyList<AnswerChange> changes)
    {
        Total = total;
        Changes = changes;
    }

    /// <summary>How many answers were compared.</summary>
    public int Total { get; }

    /// <summary>Every answer whose outcome changes, in input order.</summary>
    public IReadOnlyList<AnswerChange> Changes { get; }

    /// <summary>The answers that gain (some rule failed before and succeeds after).</summary>
    public IReadOnlyList<string> Gainers => Ids(OutcomeChangeKind.Gained);

    /// <summary>The answers that lose (some rule succeeded before and fails after).</summary>
    public IReadOnlyList<string> Losers => Ids(OutcomeChangeKind.Lost);

    /// <summary>The answers whose SuccessEvent changes while still succeeding.</summary>
    public IReadOnlyList<string> EventChanges => Ids(OutcomeChangeKind.EventChanged);

    /// <summary>How many answers are unaffected.</summary>
    public int Unchanged => Total - Changes.Count;

    private List<string> Ids(OutcomeChangeKind kind) =>
        [.. Changes.Where(c => c.Changes.Any(x => x.Kind == kind)).Select(c => c.Id)];
}
