namespace FormsEngine.Rules.Runtime;

/// <summary>A workflow's enabled top-level rules and the scope (inputs + GlobalParams) they run in.</summary>
internal sealed class CompiledWorkflow(string name, RuleScope scope, IReadOnlyList<CompiledRule> rules)
{
    private readonly Dictionary<string, CompiledRule> _byName = rules.GroupBy(r => r.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public string Name { get; } = name;

    public RuleScope Scope { get; } = scope;

    public IReadOnlyList<CompiledRule> Rules { get; } = rules;

    public CompiledRule? Find(string ruleName) => _byName.GetValueOrDefault(ruleName);
}
