using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Rules;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>Checking the draft through the engine, against the form whose answers it reads.</summary>
public sealed partial class RuleSetDraft
{
    /// <summary>
    /// Compiles the rule set with <c>RuleSet.Compile</c> against <paramref name="formJson"/>'s answers as <c>input1</c>
    /// (exactly as publishing does) and places each diagnostic on the innermost rule its JSON path lies in.
    /// Never throws; a form that does not load is reported and the rules are checked without inputs.
    /// </summary>
    public RuleSetValidation Validate(string? formJson, ExpressionOptions? options = null)
    {
        var (form, formProblems) = RuleFormSchema.LoadForm(formJson);
        var inputs = form is null ? ExpressionSchema.Create() : RuleFormSchema.For(form);
        return Validate(inputs, formProblems, options);
    }

    /// <summary>Compiles against any inputs (e.g. built from sample JSON) and places each diagnostic on its rule.</summary>
    public RuleSetValidation Validate(ExpressionSchema inputs, IReadOnlyList<Diagnostic>? extra = null, ExpressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        IReadOnlyList<Diagnostic> engine;
        try
        {
            engine = RuleSet.Compile(ToJson(), new RuleSetOptions { Inputs = inputs, Expressions = options ?? ExpressionOptions.Default }).Diagnostics;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            engine = [Diagnostic.Error("designer.rules.compileFailed", "$", "检查规则时出错：" + ex.Message, "checking the rules failed: " + ex.Message)];
        }

        var rulePaths = Workflows.SelectMany(w => w.AllRules).Select(r => r.Path).OrderByDescending(p => p.Length).ToList();
        var mapped = new List<RuleDiagnostic>();
        foreach (var diagnostic in (extra ?? []).Concat(engine))
        {
            var path = diagnostic.Path ?? "";
            var rule = rulePaths.FirstOrDefault(p => RulePath.IsWithin(path, p));
            var property = rule is null || path.Length == rule.Length ? null : path[(rule.Length + 1)..];
            mapped.Add(new RuleDiagnostic(diagnostic, rule, property));
        }

        return new RuleSetValidation(mapped);
    }
}
