namespace FormsEngine.Workflows;

/// <summary>What happened to a <see cref="TaskCompletion"/>. Conflicts are results, not exceptions.</summary>
public sealed class TaskCompletionResult
{
    private TaskCompletionResult(TaskCompletionStatus status, string? handledBy, string messageZh, string messageEn)
    {
        Status = status;
        HandledBy = handledBy;
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    /// <summary>The kind of result.</summary>
    public TaskCompletionStatus Status { get; }

    /// <summary>True for <see cref="TaskCompletionStatus.Completed"/>, <see cref="TaskCompletionStatus.Commented"/> and <see cref="TaskCompletionStatus.Claimed"/>.</summary>
    public bool Succeeded => Status is TaskCompletionStatus.Completed or TaskCompletionStatus.Commented or TaskCompletionStatus.Claimed;

    /// <summary>Who had already handled the task, for <see cref="TaskCompletionStatus.AlreadyHandled"/>.</summary>
    public string? HandledBy { get; }

    /// <summary>A message for staff, in Chinese (e.g. 该任务已由 王丽 处理).</summary>
    public string MessageZh { get; }

    /// <summary>The same in English.</summary>
    public string MessageEn { get; }

    internal static TaskCompletionResult Completed(string outcome) =>
        new(TaskCompletionStatus.Completed, null, $"已提交：{outcome}", $"submitted: {outcome}");

    internal static TaskCompletionResult Commented() => new(TaskCompletionStatus.Commented, null, "已添加意见", "comment added");

    internal static TaskCompletionResult Claimed() => new(TaskCompletionStatus.Claimed, null, "已认领，任务已在您的待办中", "claimed: the task is now yours");

    internal static TaskCompletionResult ClaimedByOther(string? by) =>
        new(TaskCompletionStatus.AlreadyHandled, by, by is null ? "该任务已被他人认领" : $"该任务已由 {by} 认领", by is null ? "someone else claimed the task" : $"the task was claimed by {by}");

    internal static TaskCompletionResult NotFound(string taskId) =>
        new(TaskCompletionStatus.NotFound, null, $"任务“{taskId}”不存在", $"task '{taskId}' does not exist");

    internal static TaskCompletionResult NotAllowed(string outcome, IEnumerable<string> allowed) =>
        new(TaskCompletionStatus.OutcomeNotAllowed, null,
            $"此任务不能选择“{outcome}”（可选：{string.Join("、", allowed)}）", $"outcome '{outcome}' is not allowed here (allowed: {string.Join(", ", allowed)})");

    internal static TaskCompletionResult AlreadyHandled(string? by, string? outcome) => by is null
        ? new(TaskCompletionStatus.AlreadyHandled, null, "该任务已被他人处理，请刷新后查看", "the task has already been handled by someone else; refresh to see it")
        : new(TaskCompletionStatus.AlreadyHandled, by, $"该任务已由 {by} 处理（{outcome}）", $"the task has already been handled by {by} ({outcome})");
}

/// <summary>The kinds of <see cref="TaskCompletionResult"/>.</summary>
public enum TaskCompletionStatus
{
    /// <summary>The task is completed and the workflow moved on.</summary>
    Completed,

    /// <summary>The comment is recorded; the task stays open.</summary>
    Commented,

    /// <summary>Someone else completed the task first (or the workflow closed it).</summary>
    AlreadyHandled,

    /// <summary>No such task.</summary>
    NotFound,

    /// <summary>The outcome is not one the task offers.</summary>
    OutcomeNotAllowed,

    /// <summary>The task offered to a role is now the actor's own.</summary>
    Claimed,
}
