using FormsEngine.Host.Tenancy;
using FormsEngine.Workflows.Seams;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// The workflow runtime's organisation chart, read from the tenancy tables: a building's grid worker is the account
/// holding 网格员 in that building's grid; escalation goes to 社区工作人员 (level 1), then 街道管理员 (level 2). Role
/// tasks are still confined to their community: the inbox shows a task only through its submission's tenant.
/// </summary>
internal sealed class TenancyAssigneeDirectory(IServiceScopeFactory scopes) : IAssigneeDirectory
{
    public async ValueTask<Assignee?> FindGridWorkerAsync(string building, CancellationToken cancellationToken)
    {
        using var scope = SystemScope.Create(scopes);
        var db = scope.Db;
        var grid = await db.Tenants.Where(t => t.Id == building && t.Kind == TenantKind.Building).Select(t => t.GridId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (grid is null)
        {
            return null;
        }

        var workers = from user in db.Users
                      join userRole in db.UserRoles on user.Id equals userRole.UserId
                      join role in db.Roles on userRole.RoleId equals role.Id
                      where user.GridId == grid && role.Name == StaffRoles.GridWorker
                      orderby user.UserName
                      select new { user.UserName, user.DisplayName };
        var worker = await workers.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return worker is null ? null : new Assignee(AssigneeKind.Person, worker.UserName!, worker.DisplayName);
    }

    public ValueTask<Assignee?> FindEscalationTargetAsync(string building, int level, CancellationToken cancellationToken) =>
        ValueTask.FromResult(level switch
        {
            1 => new Assignee(AssigneeKind.Role, StaffRoles.CommunityStaff, "社区工作人员"),
            2 => new Assignee(AssigneeKind.Role, StaffRoles.StreetAdmin, "街道管理员"),
            _ => (Assignee?)null,
        });
}
