using System.Text.Json.Nodes;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>
/// One step (activity) of a <see cref="WorkflowDraft"/> as a snapshot: its position, id, type, title and JSON. Edits go
/// through the draft (<see cref="WorkflowDraft.ReplaceStep"/>), never through this object.
/// </summary>
public sealed record StepDraft(int Index, string Id, string Type, string Json)
{
    /// <summary>True when the engine knows the type; unknown steps are shown read-only and kept as they are.</summary>
    public bool IsKnown => StepTypes.IsKnown(Type);

    /// <summary>The step's title template (tasks) or null.</summary>
    public string? Title { get; init; }

    /// <summary>The outcomes this step can leave through (for unknown types: none known).</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    internal static StepDraft From(JsonObject? json, int index)
    {
        json ??= [];
        var type = WorkflowDraft.Text(json["type"]) ?? "";
        return new StepDraft(index, WorkflowDraft.Text(json["id"]) ?? "", type, json.ToJsonString(StepJson.Options))
        {
            Title = WorkflowDraft.Text(json["title"]),
            Outcomes = StepTypes.OutcomesOf(type, json),
        };
    }
}
