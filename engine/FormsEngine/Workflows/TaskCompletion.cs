using System.Text.Json.Nodes;

namespace FormsEngine.Workflows;

/// <summary>A staff member (or resident) acting on a task.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Outcome">One of the task's allowed outcomes, e.g. <c>approve</c>, or <c>comment</c>.</param>
/// <param name="Actor">Who acts (account id); recorded in the audit log.</param>
public sealed record TaskCompletion(string TaskId, string Outcome, string Actor)
{
    /// <summary>A remark kept with the task.</summary>
    public string? Comment { get; init; }

    /// <summary>Corrected answers merged into <c>input</c> (e.g. when a resident resubmits).</summary>
    public JsonObject? Changes { get; init; }
}
