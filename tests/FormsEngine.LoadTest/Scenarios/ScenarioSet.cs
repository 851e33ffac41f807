namespace FormsEngine.LoadTest.Scenarios;

/// <summary>The scenarios by phase name, sharing one page-target discovery.</summary>
internal sealed class ScenarioSet(Uri baseAddress, string demoPassword, string emptyPath, TextWriter log)
{
    private readonly PageScenario _page = new(baseAddress, log);

    public IScenario Get(string name) => name switch
    {
        "empty" => new EmptyScenario(baseAddress, emptyPath),
        "page" => _page,
        "submit" => new SubmitScenario(baseAddress),
        "staff" => new StaffScenario(baseAddress, demoPassword, log),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown phase"),
    };

    public IScenario Mixed(IReadOnlyDictionary<string, int> weights) =>
        new MixedScenario(weights.Select(w => (Get(w.Key), w.Value)).ToList());
}
