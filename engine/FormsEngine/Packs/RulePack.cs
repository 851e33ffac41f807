using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Forms.Analysis;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Packs.Cases;
using FormsEngine.Rules;
using FormsEngine.Rules.DecisionTables;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Packs;

/// <summary>
/// A rule pack that loaded without errors (<see cref="PackLoader"/>): its manifest and content hash, its forms compiled,
/// each form's eligibility rule set compiled against that form's answers and the pack's parameters, its decision
/// tables compiled against the input of the workflow that consults them, and its workflows with templates inlined.
/// </summary>
public sealed class RulePack
{
    internal RulePack(PackManifest manifest, string contentHash, SortedDictionary<string, byte[]> files)
    {
        Manifest = manifest;
        ContentHash = contentHash;
        Files = files;
        ParameterSchema = CreateParameterSchema(manifest);
    }

    /// <summary>The manifest.</summary>
    public PackManifest Manifest { get; }

    /// <summary><c>sha256:…</c> over every file of the pack.</summary>
    public string ContentHash { get; }

    /// <summary>The forms, by id.</summary>
    public IReadOnlyDictionary<string, CompiledForm> Forms { get; internal set; } = new Dictionary<string, CompiledForm>();

    /// <summary>The rule set JSON each form's eligibility names, by form id.</summary>
    public IReadOnlyDictionary<string, string> RuleSetSources { get; internal set; } = new Dictionary<string, string>();

    /// <summary>Each form's compiled eligibility rule set, by form id (input records <c>input1</c> and <c>param</c>).</summary>
    public IReadOnlyDictionary<string, RuleSet> RuleSets { get; internal set; } = new Dictionary<string, RuleSet>();

    /// <summary>The decision tables, by id.</summary>
    public IReadOnlyDictionary<string, DecisionTable> Tables { get; internal set; } = new Dictionary<string, DecisionTable>();

    /// <summary>The workflows (templates inlined), by id.</summary>
    public IReadOnlyDictionary<string, WorkflowDefinition> Workflows { get; internal set; } = new Dictionary<string, WorkflowDefinition>();

    /// <summary>The golden cases.</summary>
    public IReadOnlyList<PackCase> Cases { get; internal set; } = [];

    /// <summary>How expressions see <c>param</c>: every parameter, plus <c>part_&lt;id&gt;</c> for each optional part.</summary>
    public ExpressionSchema ParameterSchema { get; }

    internal SortedDictionary<string, byte[]> Files { get; }

    /// <summary>The files of the pack (path → bytes), e.g. to store the version exactly as imported.</summary>
    public IReadOnlyDictionary<string, byte[]> Content => Files;

    /// <summary>The workflow started when <paramref name="formId"/> is submitted, or null.</summary>
    public WorkflowDefinition? WorkflowFor(string formId) =>
        Workflows.Values.FirstOrDefault(w => w.Trigger is Workflows.Activities.FormSubmittedActivity { Form: var f } && f == formId);

    /// <summary>The defaults of every parameter and part, as the <c>param</c> record reads them.</summary>
    public JsonObject DefaultValues() => PackConfiguration.Resolve(Manifest, null, null).Values;

    /// <summary>
    /// The eligibility decision of <paramref name="formId"/> on validated <paramref name="answers"/> with the community's
    /// parameter <paramref name="values"/>, by the pack's rule set or <paramref name="ruleSet"/> (e.g. one compiled on a case's clock).
    /// </summary>
    internal RuleWorkflowDecision Decide(string formId, JsonObject answers, JsonObject values, RuleSet? ruleSet = null)
    {
        ruleSet ??= RuleSets[formId];
        var name = Forms[formId].Form.Eligibility?.Workflow;
        var workflow = name is null ? ruleSet.Workflows[0] : ruleSet.GetWorkflow(name);
        return workflow.Decide(ruleSet.CreateInput(new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["input1"] = answers, ["param"] = values }));
    }

    /// <summary>The input schema of a rule set for <paramref name="form"/>: <c>input1</c> (its answers) and <c>param</c>.</summary>
    internal ExpressionSchema RuleInputs(CompiledForm form) => ExpressionSchema.Create()
        .Field("input1", ExpressionType.Record(FormAnalyzer.CreateSchema(form.Form)))
        .Field("param", ExpressionType.Record(ParameterSchema));

    private static ExpressionSchema CreateParameterSchema(PackManifest manifest)
    {
        var schema = ExpressionSchema.Create();
        foreach (var parameter in manifest.Parameters)
        {
            schema.Field(parameter.Name, parameter.ExpressionType);
        }

        foreach (var part in manifest.Parts)
        {
            schema.Field(part.ParameterName, ExpressionType.Boolean);
        }

        return schema;
    }
}
