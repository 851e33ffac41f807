namespace FormsEngine.Workflows.Runtime;

/// <summary>
/// One branch of execution sitting on an activity. A waiting token holds a bookmark (a task or a timer); resuming it
/// sets <see cref="ResumeOutcome"/> and the next step leaves the activity through that outcome.
/// </summary>
internal sealed class WorkflowToken
{
    public string Id { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string? FromActivityId { get; set; }

    public bool Waiting { get; set; }

    public string? ResumeOutcome { get; set; }
}
