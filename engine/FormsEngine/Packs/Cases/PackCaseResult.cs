namespace FormsEngine.Packs.Cases;

/// <summary>The outcome of one golden case: passed, or every expectation it missed (expected vs actual).</summary>
public sealed record PackCaseResult(PackCase Case, IReadOnlyList<string> Failures)
{
    /// <summary>True when every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
