using System.Text;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Rules.Compilation;
using FormsEngine.Rules.Loading;

namespace FormsEngine.Rules;

/// <summary>
/// A compiled rule set in the Microsoft RulesEngine JSON format: one workflow or an array of workflows, with nested
/// And/Or rules, GlobalParams/LocalParams, SuccessEvent/ErrorMessage and the OutputExpression/EvaluateRule actions.
/// Compile it once (every expression checked; delegates built on first use or by <see cref="WarmUp"/>) and evaluate
/// it from any number of threads.
/// </summary>
public sealed class RuleSet
{
    private readonly JsonNode _document;
    private readonly Dictionary<string, RuleWorkflow> _byName;

    private RuleSet(JsonNode document, ExpressionSchema inputs, IReadOnlyList<RuleWorkflow> workflows)
    {
        _document = document;
        InputSchema = inputs;
        Workflows = workflows;
        _byName = workflows.ToDictionary(w => w.Name, StringComparer.Ordinal);
    }

    /// <summary>The schema of the named inputs (each top-level field is one input).</summary>
    public ExpressionSchema InputSchema { get; }

    /// <summary>The workflows, in file order.</summary>
    public IReadOnlyList<RuleWorkflow> Workflows { get; }

    /// <summary>Loads and compiles a rule file, reporting every problem at once. Never throws for bad content.</summary>
    public static RuleSetCompilation Compile(string json, RuleSetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= new RuleSetOptions();
        var inputs = options.Inputs ?? ExpressionSchema.Create();
        var read = new List<Diagnostics.Diagnostic>();
        var document = RuleSetReader.Parse(json, read);
        if (document is null)
        {
            return new RuleSetCompilation(read, null);
        }

        var sink = new DiagnosticSink();
        var models = RuleSetReader.Read(document, read);
        read.ForEach(sink.Add);
        var compiled = new RuleSetCompiler(options, sink).Compile(models, inputs);
        if (sink.HasErrors)
        {
            return new RuleSetCompilation(sink.All, null);
        }

        var workflows = compiled.Select(w => new RuleWorkflow(w, inputs)).ToList();
        return new RuleSetCompilation(sink.All, new RuleSet(document, inputs, workflows));
    }

    /// <summary>Loads and compiles a UTF-8 rule file.</summary>
    public static RuleSetCompilation Compile(Stream utf8Json, RuleSetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json, Encoding.UTF8);
        return Compile(reader.ReadToEnd(), options);
    }

    /// <summary>The workflow named <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public RuleWorkflow GetWorkflow(string name) =>
        _byName.TryGetValue(name, out var workflow) ? workflow : throw new KeyNotFoundException($"The rule set has no workflow '{name}'.");

    /// <summary>Looks a workflow up by name.</summary>
    public bool TryGetWorkflow(string name, out RuleWorkflow? workflow) => _byName.TryGetValue(name, out workflow);

    /// <summary>Loads the named inputs from JSON, e.g. <c>{ ["input1"] = {"age": 72} }</c>; unknown names are ignored.</summary>
    public RuleInput CreateInput(IReadOnlyDictionary<string, JsonNode?> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var answers = new JsonObject();
        foreach (var (name, value) in inputs)
        {
            answers[name] = value?.DeepClone();
        }

        return new RuleInput(ExpressionRecordLoader.Load(InputSchema, answers));
    }

    /// <summary>Wraps a record already laid out by <see cref="InputSchema"/>.</summary>
    public RuleInput CreateInput(ExpressionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ReferenceEquals(record.Schema, InputSchema)
            ? new RuleInput(record)
            : throw new ArgumentException("The record was created for a different schema.", nameof(record));
    }

    /// <summary>Builds every delegate now, so the first evaluation does not pay for it.</summary>
    public void WarmUp()
    {
        foreach (var workflow in Workflows)
        {
            workflow.WarmUp();
        }
    }

    /// <summary>
    /// The rule file as loaded, with <c>"schemaVersion": 1</c> on each workflow. Properties this engine does not know
    /// are kept as they were, so a load/save round trip loses nothing.
    /// </summary>
    public JsonNode ToJson()
    {
        var copy = _document.DeepClone();
        foreach (var workflow in copy is JsonArray array ? array.OfType<JsonObject>() : [copy.AsObject()])
        {
            if (!JsonProps.TryGet(workflow, "schemaVersion", out _, out _))
            {
                workflow.Insert(0, "schemaVersion", 1);
            }
        }

        return copy;
    }
}
