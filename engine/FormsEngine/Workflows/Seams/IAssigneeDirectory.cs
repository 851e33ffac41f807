namespace FormsEngine.Workflows.Seams;

/// <summary>
/// The community's organisation chart as the workflow needs it: building → grid → grid worker (网格员), and the
/// escalation hierarchy above the grid: level 1 community staff (社区), level 2 street office (街道).
/// </summary>
public interface IAssigneeDirectory
{
    /// <summary>The grid worker responsible for <paramref name="building"/>, or null when the building is unknown.</summary>
    ValueTask<Assignee?> FindGridWorkerAsync(string building, CancellationToken cancellationToken);

    /// <summary>Who handles a task about <paramref name="building"/> at escalation <paramref name="level"/> (1, 2, …); null above the top.</summary>
    ValueTask<Assignee?> FindEscalationTargetAsync(string building, int level, CancellationToken cancellationToken);
}
