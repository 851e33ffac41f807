using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Workflows.Activities;

namespace FormsEngine.Workflows.Definitions;

/// <summary>
/// A versioned workflow: a flowchart of activities joined by outcome connections, loaded from JSON
/// (<c>rulepacks/schema/workflow.schema.json</c>). Immutable once loaded; <see cref="ToJson"/> writes back exactly what
/// was read, including activities of unknown types.
/// </summary>
public sealed class WorkflowDefinition
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Dictionary<string, List<string>> _incoming;

    internal WorkflowDefinition(string id, int version, string? name, JsonObject source, ExpressionSchema schema, IReadOnlyList<WorkflowActivity> activities, IReadOnlyList<WorkflowConnection> connections)
    {
        Id = id;
        Version = version;
        Name = name;
        Source = source;
        Schema = schema;
        ActivityList = activities;
        Activities = activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Connections = connections;
        Trigger = activities.FirstOrDefault(a => a.IsTrigger);
        _incoming = connections.GroupBy(c => c.To, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.From).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The workflow id, e.g. <c>elderly-allowance-approval</c>.</summary>
    public string Id { get; }

    /// <summary>The version (1, 2, …); instances keep the version they started on.</summary>
    public int Version { get; }

    /// <summary>The display name, if any.</summary>
    public string? Name { get; }

    /// <summary>The connections between activities.</summary>
    public IReadOnlyList<WorkflowConnection> Connections { get; }

    /// <summary>The ids and types of the activities, in document order.</summary>
    public IReadOnlyList<(string Id, string Type)> ActivityTypes => ActivityList.Select(a => (a.Id, a.Type)).ToList();

    internal JsonObject Source { get; }

    internal ExpressionSchema Schema { get; }

    internal IReadOnlyList<WorkflowActivity> ActivityList { get; }

    internal Dictionary<string, WorkflowActivity> Activities { get; }

    internal WorkflowActivity? Trigger { get; }

    /// <summary>
    /// Loads and checks a definition, returning every problem at once. Never throws on bad input.
    /// <paramref name="expressionOptions"/> sets the clock behind <c>today()</c>/<c>now()</c> (the runtime reloads
    /// published definitions with its own <see cref="WorkflowRuntimeOptions.TimeProvider"/>).
    /// </summary>
    public static WorkflowLoadResult Load(string json, ExpressionOptions? expressionOptions = null) => WorkflowLoader.Load(json, expressionOptions);

    /// <summary>The definition as JSON, identical in content to what was loaded.</summary>
    public string ToJson() => Source.ToJsonString(Indented);

    /// <summary>
    /// The problems that stop publication, beyond those of loading: activities of unknown types (which load as
    /// placeholders so nothing is lost, but cannot run).
    /// </summary>
    public IReadOnlyList<Diagnostic> ValidateForPublishing() => ActivityList
        .Select((a, i) => (a, i))
        .Where(x => x.a is PlaceholderActivity)
        .Select(x => Diagnostic.Error("workflow.activity.unknownType", $"$.activities[{x.i}].type",
            $"活动“{x.a.Id}”的类型“{x.a.Type}”未知，流程无法发布；可用类型：{string.Join("、", ActivityRegistry.Types)}",
            $"activity '{x.a.Id}' has unknown type '{x.a.Type}', so the workflow cannot be published; known types: {string.Join(", ", ActivityRegistry.Types)}"))
        .ToList();

    internal IReadOnlyList<string> IncomingSources(string activityId) =>
        _incoming.TryGetValue(activityId, out var sources) ? sources : [];

    internal IEnumerable<WorkflowConnection> Outgoing(string activityId, string outcome) =>
        Connections.Where(c => c.From == activityId && c.Outcome == outcome);
}
