using System.Collections.Concurrent;
using FormsEngine.Host.Data;
using FormsEngine.Packs;
using FormsEngine.Workflows.RuleEvaluators;
using FormsEngine.Workflows.Seams;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Packs;

/// <summary>
/// The imported pack versions, loaded from the database at start-up and added as they are imported: which saved form
/// versions belong to which pack version (so a submission finds its rules, parameters and workflow), and the decision
/// tables the pack workflows consult (registered with the workflow runtime as rule evaluators, by table id).
/// </summary>
internal sealed class PackCatalog
{
    private readonly ConcurrentDictionary<(string PackId, string Version), RulePack> _packs = new();
    private readonly ConcurrentDictionary<(string FormId, int FormVersion), PackFormLink> _forms = new();

    public PackCatalog(PackRuleEvaluators evaluators) => Evaluators = evaluators;

    public PackRuleEvaluators Evaluators { get; }

    /// <summary>The pack version behind a saved form version, or null for a form published on its own.</summary>
    public PackFormLink? Find(string formId, int formVersion) => _forms.GetValueOrDefault((formId, formVersion));

    /// <summary>A loaded pack version, or null.</summary>
    public RulePack? Find(string packId, string version) => _packs.GetValueOrDefault((packId, version));

    /// <summary>Adds a stored pack version and the form versions its forms were saved as.</summary>
    public void Add(RulePack pack, IEnumerable<(string FormId, int FormVersion)> forms)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _packs[(pack.Manifest.Id, pack.Manifest.Version.ToString())] = pack;
        foreach (var (formId, formVersion) in forms)
        {
            _forms[(formId, formVersion)] = new PackFormLink(pack, formId, formVersion);
        }

        foreach (var (id, table) in pack.Tables)
        {
            Evaluators.Set(id, new DecisionTableEvaluator(table));
        }
    }

    /// <summary>
    /// Loads every stored version this catalog does not hold yet (oldest first, so the newest tables win): at start-up,
    /// and when another node imported one. A version is immutable, so one already held is not read again.
    /// </summary>
    public async Task LoadAsync(FormsEngineDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var links = await db.PackForms.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db.PackVersions.AsNoTracking().Select(r => new { r.PackId, r.Version, r.ContentHash, r.ImportedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in stored.Where(r => Find(r.PackId, r.Version)?.ContentHash != r.ContentHash).OrderBy(r => r.ImportedAt))
        {
            var content = await db.PackVersions.AsNoTracking().Where(r => r.PackId == row.PackId && r.Version == row.Version)
                .Select(r => r.Content).FirstAsync(cancellationToken).ConfigureAwait(false);
            using var zip = new MemoryStream(content);
            var result = PackLoader.LoadZip(zip);
            if (result.Pack is not { } pack || pack.ContentHash != row.ContentHash)
            {
                logger.LogError("Stored rule pack {Pack} {Version} no longer loads or its hash changed: {Problems}", row.PackId, row.Version,
                    string.Join("; ", result.Errors));
                continue;
            }

            Add(pack, links.Where(l => l.PackId == row.PackId && l.PackVersion == row.Version).Select(l => (l.FormId, l.FormVersion)));
        }
    }
}

/// <summary>A saved form version that belongs to a pack version.</summary>
internal sealed record PackFormLink(RulePack Pack, string FormId, int FormVersion)
{
    public string PackId => Pack.Manifest.Id;

    public string PackVersion => Pack.Manifest.Version.ToString();
}

/// <summary>The rule evaluators the workflow runtime consults by id; rule packs add their decision tables as they are imported.</summary>
internal sealed class PackRuleEvaluators : IReadOnlyDictionary<string, IRuleEvaluator>
{
    private readonly ConcurrentDictionary<string, IRuleEvaluator> _evaluators = new(StringComparer.Ordinal);

    public IRuleEvaluator this[string key] => _evaluators[key];

    public IEnumerable<string> Keys => _evaluators.Keys;

    public IEnumerable<IRuleEvaluator> Values => _evaluators.Values;

    public int Count => _evaluators.Count;

    public void Set(string id, IRuleEvaluator evaluator) => _evaluators[id] = evaluator;

    public bool ContainsKey(string key) => _evaluators.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out IRuleEvaluator value) => _evaluators.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, IRuleEvaluator>> GetEnumerator() => _evaluators.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
