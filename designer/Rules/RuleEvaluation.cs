using FormsEngine.Designer.Operations;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Rules;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>
/// A rule set compiled for one form, ready to run: the form (compiled, to normalise answers and compute calculated
/// fields as a real submission would), the rule set, and the workflow the form's eligibility runs.
/// </summary>
public sealed class RuleEvaluation
{
    private RuleEvaluation(CompiledForm form, RuleSet ruleSet, RuleWorkflow workflow)
    {
        Form = form;
        RuleSet = ruleSet;
        Workflow = workflow;
    }

    /// <summary>The compiled form.</summary>
    public CompiledForm Form { get; }

    /// <summary>The compiled rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The workflow that decides eligibility.</summary>
    public RuleWorkflow Workflow { get; }

    /// <summary>
    /// Compiles <paramref name="ruleSetJson"/> for <paramref name="formJson"/>; the evaluation, or every problem (form
    /// first, then rules) with its path and line:col. <paramref name="workflow"/> null means the form's eligibility
    /// workflow, else the first. Never throws.
    /// </summary>
    public static (RuleEvaluation? Evaluation, IReadOnlyList<RuleMessage> Problems) Prepare(string? formJson, string? ruleSetJson, string? workflow)
    {
        var (form, formProblems) = RuleFormSchema.LoadForm(formJson);
        if (form is null)
        {
            return (null, RuleMessages.Errors(formProblems, "form"));
        }

        var compiledForm = CompiledForm.Compile(form);
        var compilation = RuleSet.Compile(ruleSetJson ?? "", new RuleSetOptions { Inputs = RuleFormSchema.For(form) });
        if (compilation.RuleSet is not { } ruleSet)
        {
            return (null, RuleMessages.Errors(compilation.Diagnostics));
        }

        var name = workflow ?? form.Eligibility?.Workflow;
        if (name is null)
        {
            return ruleSet.Workflows.Count > 0 ? (new RuleEvaluation(compiledForm, ruleSet, ruleSet.Workflows[0]), []) : (null, [NoWorkflow("")]);
        }

        return ruleSet.TryGetWorkflow(name, out var found) && found is not null
            ? (new RuleEvaluation(compiledForm, ruleSet, found), [])
            : (null, [NoWorkflow(name)]);
    }

    /// <summary>Whether every top-level rule holds for <paramref name="input"/>.</summary>
    public bool IsEligible(RuleInput input)
    {
        Span<bool> outcomes = stackalloc bool[Workflow.RuleNames.Count];
        return Workflow.EvaluateOutcomes(input, outcomes) == Workflow.RuleNames.Count;
    }

    private static RuleMessage NoWorkflow(string name) =>
        new($"规则集中没有工作流“{name}”", $"the rule set has no workflow '{name}'", "$");
}
