using System.Text.Json.Nodes;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Workflows;

/// <summary>A read-only snapshot of a workflow instance.</summary>
public sealed class WorkflowInstanceView
{
    internal WorkflowInstanceView(WorkflowInstanceState state)
    {
        Id = state.Id;
        DefinitionId = state.DefinitionId;
        DefinitionVersion = state.DefinitionVersion;
        Status = state.Status;
        EndStatus = state.EndStatus;
        FaultMessageZh = state.FaultMessageZh;
        FaultMessageEn = state.FaultMessageEn;
        Data = (JsonObject)state.Data.DeepClone();
        Tasks = state.Tasks.Select(t => new WorkflowTaskView(t.Id, t.ActivityId, t.Title, t.Description, t.AssigneeKind, t.AssigneeId,
            t.AssigneeName, t.EscalationLevel, t.Status, t.Outcome, t.CompletedBy, t.DueAt, t.SlaDeadline, t.Comments.ToList())).ToList();
    }

    /// <summary>The instance id.</summary>
    public string Id { get; }

    /// <summary>The definition id.</summary>
    public string DefinitionId { get; }

    /// <summary>The definition version the instance runs on.</summary>
    public int DefinitionVersion { get; }

    /// <summary>Running, waiting, completed or faulted.</summary>
    public WorkflowStatus Status { get; }

    /// <summary>The status the end activity set, e.g. <c>approved</c>.</summary>
    public string? EndStatus { get; }

    /// <summary>Why it faulted, in Chinese.</summary>
    public string? FaultMessageZh { get; }

    /// <summary>Why it faulted, in English.</summary>
    public string? FaultMessageEn { get; }

    /// <summary>The workflow data: <c>input</c> (the submission), <c>status</c>, rule outputs.</summary>
    public JsonObject Data { get; }

    /// <summary>Every task the instance created, open or closed.</summary>
    public IReadOnlyList<WorkflowTaskView> Tasks { get; }

    /// <summary>The open tasks.</summary>
    public IEnumerable<WorkflowTaskView> OpenTasks => Tasks.Where(t => t.Status == WorkflowTaskStatus.Open);
}

/// <summary>A read-only snapshot of a human task.</summary>
public sealed record WorkflowTaskView(
    string Id,
    string ActivityId,
    string Title,
    string Description,
    AssigneeKind AssigneeKind,
    string AssigneeId,
    string AssigneeName,
    int EscalationLevel,
    WorkflowTaskStatus Status,
    string? Outcome,
    string? CompletedBy,
    DateTimeOffset? DueAt,
    DateTimeOffset? SlaDeadline,
    IReadOnlyList<string> Comments);
