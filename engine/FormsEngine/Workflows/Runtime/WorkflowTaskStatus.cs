namespace FormsEngine.Workflows.Runtime;

/// <summary>Where a human task stands.</summary>
public enum WorkflowTaskStatus
{
    /// <summary>Waiting for someone.</summary>
    Open,

    /// <summary>Completed with an outcome.</summary>
    Completed,

    /// <summary>Closed without an outcome because the workflow ended.</summary>
    Cancelled,
}
