using FormsEngine.Designer.Operations;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Forms.Analysis;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Rules;

namespace FormsEngine.Host.Studio.Library;

/// <summary>
/// Every static check the engine has for a form about to be published: it loads (schema, keys, limits), its expressions
/// compile with no cycle, and the rule set deciding its eligibility compiles against its answers. Warnings are kept but
/// do not block. Nothing is stored.
/// </summary>
internal static class FormPublishCheck
{
    public static FormCheckResult Run(string formId, string formJson, string? ruleSetJson, int maxFormBytes)
    {
        var problems = new List<StudioProblem>();
        var load = FormDefinition.Load(formJson, new FormLoadOptions { MaxDocumentBytes = maxFormBytes });
        problems.AddRange(load.Diagnostics.Select(d => ToProblem("表单 form", d)));
        if (load.Form is not { } form)
        {
            return new FormCheckResult(null, problems);
        }

        if (!string.Equals(form.Id, formId, StringComparison.Ordinal))
        {
            problems.Add(new StudioProblem("表单 form $.id", $"表单编号应为“{formId}”，不能在设计器里改成“{form.Id}”", $"the form id must stay '{formId}'", IsError: true));
        }

        var compiled = CompiledForm.Compile(form);
        problems.AddRange(compiled.Diagnostics.Where(d => !load.Diagnostics.Contains(d)).Select(d => ToProblem("表单 form", d)));
        if (form.Eligibility is not null)
        {
            if (ruleSetJson is null)
            {
                problems.Add(new StudioProblem("资格规则 rules", $"找不到规则集“{form.Eligibility.RuleSet}”，请在“资格规则”中编写", $"rule set '{form.Eligibility.RuleSet}' is missing", IsError: true));
            }
            else
            {
                var inputs = ExpressionSchema.Create().Field("input1", ExpressionType.Record(FormAnalyzer.CreateSchema(form)));
                var rules = RuleSet.Compile(ruleSetJson, new RuleSetOptions { Inputs = inputs });
                problems.AddRange(rules.Diagnostics.Select(d => ToProblem("资格规则 rules", d)));
            }
        }

        return new FormCheckResult(problems.Exists(p => p.IsError) ? null : form, problems);
    }

    private static StudioProblem ToProblem(string part, Diagnostic diagnostic)
    {
        var where = diagnostic.Line > 0
            ? $"{part} {diagnostic.Path} {diagnostic.Line}:{diagnostic.Column}".Replace("  ", " ", StringComparison.Ordinal)
            : $"{part} {diagnostic.Path}".TrimEnd();
        return new StudioProblem(where, diagnostic.MessageZh, diagnostic.MessageEn, diagnostic.IsError);
    }
}

/// <summary>The checked form (null when an error blocks publishing) and every problem found.</summary>
internal sealed record FormCheckResult(FormDefinition? Form, IReadOnlyList<StudioProblem> Problems);
