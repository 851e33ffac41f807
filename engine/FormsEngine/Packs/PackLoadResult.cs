namespace FormsEngine.Packs;

/// <summary>A loaded pack, or every reason it was refused (warnings may accompany a pack that loaded).</summary>
public sealed record PackLoadResult(RulePack? Pack, IReadOnlyList<PackProblem> Problems)
{
    /// <summary>True when the pack loaded without errors.</summary>
    public bool Succeeded => Pack is not null;

    /// <summary>The problems that refused the pack.</summary>
    public IEnumerable<PackProblem> Errors => Problems.Where(p => p.IsError);
}
