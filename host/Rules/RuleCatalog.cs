using System.Collections.Concurrent;
using System.Collections.Frozen;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms.Analysis;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Host.Data;
using FormsEngine.Host.Forms;
using FormsEngine.Host.Packs;
using FormsEngine.Rules;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Rules;

/// <summary>
/// The rule sets under <c>rulepacks/rules</c> (id = file name without <c>.json</c>), read at start-up, and the versions
/// published from the studio (<c>rule_set_versions</c>), each pinned to the form version it was published with (loaded
/// after the database is migrated, added as they are published). A form version evaluates its pinned rule set, else the
/// file; a form version saved from a rule pack evaluates that pack version's rule set, with <c>param</c>. A rule set is compiled per form version against that form's answers as <c>input1</c>, so a rule that reads a
/// field the form does not have is a compile error, not a wrong answer.
/// </summary>
internal sealed class RuleCatalog
{
    private readonly FrozenDictionary<string, string> _sources;
    private readonly ConcurrentDictionary<(string FormId, int FormVersion), string> _pinned = new();
    private volatile ConcurrentDictionary<(string, int), RuleSetCompilation> _compiled = new();

    private readonly PackCatalog _packs;

    public RuleCatalog(FormCatalog forms, PackCatalog packs)
    {
        _packs = packs;
        var folder = forms.RootPath is null ? null : Path.Combine(forms.RootPath, "rules");
        _sources = (folder is not null && Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal)
                : [])
            .ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Ids => _sources.Keys.Order(StringComparer.Ordinal);

    /// <summary>The file's JSON for <paramref name="id"/>, or null.</summary>
    public string? Source(string id) => _sources.GetValueOrDefault(id);

    /// <summary>The JSON <paramref name="formId"/> v<paramref name="formVersion"/> evaluates: its pinned studio version, else the file.</summary>
    public string? SourceFor(string formId, int formVersion, string id) =>
        _pinned.TryGetValue((formId, formVersion), out var json) ? json : Source(id);

    /// <summary>Pins a rule set published from the studio to the form version it was published with.</summary>
    public void Pin(string formId, int formVersion, string json) => _pinned[(formId, formVersion)] = json;

    /// <summary>Pins every rule set published from the studio (at start-up, and when another node published one).</summary>
    public async Task LoadPinsAsync(FormsEngineDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var row in await db.RuleSetVersions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            Pin(row.FormId, row.FormVersion, row.Json);
        }
    }

    /// <summary>
    /// Drops the compiled rule sets after pins or packs changed. A new dictionary rather than Clear(): a compilation that
    /// read the old pins and finishes after this lands in the discarded dictionary, not in the one now in use.
    /// </summary>
    public void ForgetCompiled() => _compiled = new();

    /// <summary>The rule set of <paramref name="form"/>'s eligibility compiled for it, or the reasons it does not compile.</summary>
    public RuleSetCompilation? ForForm(CompiledForm form)
    {
        if (form.Form.Eligibility is not { } eligibility)
        {
            return null;
        }

        return _compiled.GetOrAdd((form.Form.Id, form.Form.Version), _ =>
        {
            if ((_packs.Find(form.Form.Id, form.Form.Version)?.Pack.RuleSetSources.GetValueOrDefault(form.Form.Id) ?? SourceFor(form.Form.Id, form.Form.Version, eligibility.RuleSet)) is not { } json)
            {
                return new RuleSetCompilation([Diagnostic.Error("eligibility.ruleSetMissing", "$.eligibility.ruleSet",
                    $"找不到规则集“{eligibility.RuleSet}”", $"there is no rule set '{eligibility.RuleSet}'")], null);
            }

            if (_packs.Find(form.Form.Id, form.Form.Version) is { } link && link.Pack.RuleSetSources.TryGetValue(form.Form.Id, out var packJson))
            {
                // A rule pack's rules read the community's parameters as param.<name> beside the answers.
                return RuleSet.Compile(packJson, new RuleSetOptions { Inputs = link.Pack.RuleInputs(form) });
            }

            var inputs = ExpressionSchema.Create().Field("input1", ExpressionType.Record(FormAnalyzer.CreateSchema(form.Form)));
            return RuleSet.Compile(json, new RuleSetOptions { Inputs = inputs });
        });
    }
}

