using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace FormsEngine.Workflows.Runtime;

/// <summary>Everything a running instance is, serialised as one JSON document per save.</summary>
internal sealed class WorkflowInstanceState
{
    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = WorkflowStateJsonContext.Default,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Id { get; set; } = "";

    public string DefinitionId { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public WorkflowStatus Status { get; set; }

    public string? EndStatus { get; set; }

    public string? FaultMessageZh { get; set; }

    public string? FaultMessageEn { get; set; }

    public JsonObject Data { get; set; } = [];

    public List<WorkflowToken> Tokens { get; set; } = [];

    public Dictionary<string, List<string>> JoinArrivals { get; set; } = new(StringComparer.Ordinal);

    public List<WorkflowTaskState> Tasks { get; set; } = [];

    public long Steps { get; set; }

    public long AuditSequence { get; set; }

    public string AuditHash { get; set; } = AuditChain.GenesisHash;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The optimistic-concurrency version the state was loaded at (not serialised; it lives in its own column).</summary>
    [JsonIgnore]
    public long ConcurrencyVersion { get; set; }

    [JsonIgnore]
    public bool HasReadyTokens => Tokens.Exists(t => !t.Waiting);

    [JsonIgnore]
    public bool IsOpen => Status is WorkflowStatus.Running or WorkflowStatus.Waiting;

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static WorkflowInstanceState Deserialize(string json, long concurrencyVersion)
    {
        var state = JsonSerializer.Deserialize<WorkflowInstanceState>(json, Json)
            ?? throw new InvalidDataException("Empty workflow instance state.");
        state.ConcurrencyVersion = concurrencyVersion;
        return state;
    }

    public WorkflowTaskState? FindTask(string taskId) => Tasks.Find(t => t.Id == taskId);

    public void RefreshStatus()
    {
        if (!IsOpen)
        {
            return;
        }

        Status = Tokens.Count == 0 ? WorkflowStatus.Completed
            : HasReadyTokens ? WorkflowStatus.Running
            : WorkflowStatus.Waiting;
    }
}
