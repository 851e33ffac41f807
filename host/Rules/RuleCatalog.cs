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
/// The rule sets under <c>rulepacks/rules</c> (id = file name without <c>.json</c>), read at start-up and compiled
/// per form version against that form's answers as <c>input1</c>, so a rule that reads a field the form does not
/// have is a compile error, not a wrong answer.
/// </summary>
internal sealed class RuleCatalog
{
    private readonly FrozenDictionary<string, string> _sources;
    private readonly ConcurrentDictionary<(string, int), RuleSetCompilation> _compiled = new();

    public RuleCatalog(FormCatalog forms)
    {
        var folder = forms.RootPath is null ? null : Path.Combine(forms.RootPath, "rules");
        _sources = (folder is not null && Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal)
                : [])
            .ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Ids => _sources.Keys.Order(StringComparer.Ordinal);

    public string? Source(string id) => _sources.GetValueOrDefault(id);

    /// <summary>The rule set of <paramref name="form"/>'s eligibility compiled for it, or the reasons it does not compile.</summary>
    public RuleSetCompilation? ForForm(CompiledForm form)
    {
        if (form.Form.Eligibility is not { } eligibility)
        {
            return null;
        }

        return _compiled.GetOrAdd((form.Form.Id, form.Form.Version), _ =>
        {
            if (!_sources.TryGetValue(eligibility.RuleSet, out var json))
            {
                return new RuleSetCompilation([Diagnostic.Error("eligibility.ruleSetMissing", "$.eligibility.ruleSet",
                    $"找不到规则集“{eligibility.RuleSet}”", $"there is no rule set '{eligibility.RuleSet}'")], null);
            }

            var inputs = ExpressionSchema.Create().Field("input1", ExpressionType.Record(FormAnalyzer.CreateSchema(form.Form)));
            return RuleSet.Compile(json, new RuleSetOptions { Inputs = inputs });
        });
    }
}
