namespace FormsEngine.Workflows.Runtime;

/// <summary>Where a workflow instance stands.</summary>
public enum WorkflowStatus
{
    /// <summary>Has work to do right now.</summary>
    Running,

    /// <summary>Every branch waits on a task or a timer.</summary>
    Waiting,

    /// <summary>Reached an end activity, or every branch finished.</summary>
    Completed,

    /// <summary>Stopped on an error; see the fault message.</summary>
    Faulted,
}
