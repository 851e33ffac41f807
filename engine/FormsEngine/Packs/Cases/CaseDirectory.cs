using FormsEngine.Workflows.Seams;

namespace FormsEngine.Packs.Cases;

/// <summary>
/// Who golden cases route to: every building has a grid worker named <c>网格员(&lt;building&gt;)</c>; a missed SLA
/// escalates to <c>社区工作人员</c> (level 1) and then <c>街道管理员</c> (level 2).
/// </summary>
internal sealed class CaseDirectory : IAssigneeDirectory
{
    public ValueTask<Assignee?> FindGridWorkerAsync(string building, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Assignee?>(new Assignee(AssigneeKind.Person, $"网格员({building})", $"网格员（{building}）"));

    public ValueTask<Assignee?> FindEscalationTargetAsync(string building, int level, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Assignee?>(level switch
        {
            1 => new Assignee(AssigneeKind.Role, "社区工作人员", "社区工作人员"),
            2 => new Assignee(AssigneeKind.Role, "街道管理员", "街道管理员"),
            _ => null,
        });
}
