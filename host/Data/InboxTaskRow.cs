namespace FormsEngine.Host.Data;

/// <summary>
/// A read-only view of the workflow engine's <c>wf_tasks</c> table, so the staff inbox can join open tasks to the
/// tenant-filtered <c>submission_workflows</c> in one SQL query. The engine's <c>WorkflowDbContext</c> owns and writes
/// the table; this context never creates, migrates or saves it.
/// </summary>
internal sealed class InboxTaskRow
{
    public string Id { get; set; } = "";

    public string InstanceId { get; set; } = "";

    public string Title { get; set; } = "";

    public string AssigneeKind { get; set; } = "";

    public string AssigneeId { get; set; } = "";

    public string Status { get; set; } = "";

    public int EscalationLevel { get; set; }

    public long? DueAt { get; set; }
}
