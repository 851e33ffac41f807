using System.Collections.Concurrent;
using System.Collections.Frozen;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms.Analysis;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Host.Forms;
using FormsEngine.Rules;

namespace FormsEngine.Host.Rules;

/// <summary>
/// The rule sets under <c>rulepacks/rules</c> (id = file name without <c>.json</c>), read at start-up, and the versions
/// published from the studio (<c>rule_set_versions</c>), loaded after the database is migrated and added as they are
/// published; the latest stored version of an id wins over its file. A rule set is compiled per form version and rule
/// set version against that form's answers as <c>input1</c>, so a rule that reads a field the form does not have is a
/// compile error, not a wrong answer.
/// </summary>
internal sealed class RuleCatalog
{
    private readonly FrozenDictionary<string, string> _sources;
    private readonly ConcurrentDictionary<string, StoredRuleSet> _stored = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, int, int), RuleSetCompilation> _compiled = new();

    public RuleCatalog(FormCatalog forms)
    {
        var folder = forms.RootPath is null ? null : Path.Combine(forms.RootPath, "rules");
        _sources = (folder is not null && Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal)
                : [])
            .ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Ids => _sources.Keys.Union(_stored.Keys).Order(StringComparer.Ordinal);

    /// <summary>The JSON in force for <paramref name="id"/>: the latest studio version, else the file; null when neither exists.</summary>
    public string? Source(string id) => _stored.TryGetValue(id, out var stored) ? stored.Json : _sources.GetValueOrDefault(id);

    /// <summary>The studio version in force (0 when the file is).</summary>
    public int StoredVersion(string id) => _stored.TryGetValue(id, out var stored) ? stored.Version : 0;

    /// <summary>Makes a published version the one in force, unless a later one already is.</summary>
    public void Publish(string id, int version, string json) =>
        _stored.AddOrUpdate(id, _ => new StoredRuleSet(version, json), (_, current) => current.Version >= version ? current : new StoredRuleSet(version, json));

    /// <summary>The rule set of <paramref name="form"/>'s eligibility compiled for it, or the reasons it does not compile.</summary>
    public RuleSetCompilation? ForForm(CompiledForm form)
    {
        if (form.Form.Eligibility is not { } eligibility)
        {
            return null;
        }

        return _compiled.GetOrAdd((form.Form.Id, form.Form.Version, StoredVersion(eligibility.RuleSet)), _ =>
        {
            if (Source(eligibility.RuleSet) is not { } json)
            {
                return new RuleSetCompilation([Diagnostic.Error("eligibility.ruleSetMissing", "$.eligibility.ruleSet",
                    $"找不到规则集“{eligibility.RuleSet}”", $"there is no rule set '{eligibility.RuleSet}'")], null);
            }

            var inputs = ExpressionSchema.Create().Field("input1", ExpressionType.Record(FormAnalyzer.CreateSchema(form.Form)));
            return RuleSet.Compile(json, new RuleSetOptions { Inputs = inputs });
        });
    }
}

/// <summary>A rule set version published from the studio.</summary>
internal sealed record StoredRuleSet(int Version, string Json);
