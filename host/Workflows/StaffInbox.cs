using System.Security.Claims;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Api;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.Tenancy;
using FormsEngine.Workflows.Seams;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// The open tasks a staff member should see: assigned to them by name or offered to their role, on workflows of
/// submissions inside their tenant, soonest due first. One SQL query joins the engine's tasks to the tenant-filtered
/// <c>submission_workflows</c> and stops at the page size, so the cost follows the caller's own inbox, not every
/// community's tasks for the same role.
/// </summary>
internal sealed class StaffInbox(FormsEngineDbContext db, TenantScope scope, TimeProvider clock)
{
    /// <summary>Tasks returned when the caller names no limit.</summary>
    public const int DefaultLimit = 200;

    /// <summary>The most tasks one call returns.</summary>
    public const int MaxLimit = 1000;

    private static readonly string Open = "Open";
    private static readonly string Person = nameof(AssigneeKind.Person);
    private static readonly string Role = nameof(AssigneeKind.Role);

    public async Task<TaskItem[]> ListAsync(ClaimsPrincipal user, int limit, CancellationToken cancellationToken)
    {
        var userName = user.UserName();
        var role = user.Role() ?? "";
        var workflows = db.SubmissionWorkflows.ConfinedTo(scope);
        if (scope.GridId is { } grid)
        {
            workflows = workflows.Where(w => w.GridId == grid);
        }

        var tasks = db.InboxTasks.Where(t => t.Status == Open
            && ((t.AssigneeKind == Person && t.AssigneeId == userName) || (t.AssigneeKind == Role && t.AssigneeId == role)));
        var rows = await (
                from t in tasks
                join w in workflows on t.InstanceId equals w.InstanceId
                orderby t.DueAt == null, t.DueAt, t.Id
                select new { t.Id, t.InstanceId, w.SubmissionId, t.Title, t.AssigneeKind, t.AssigneeId, t.DueAt, t.EscalationLevel })
            .Take(Math.Clamp(limit, 1, MaxLimit))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return [.. rows.Select(t => new TaskItem(t.Id, t.InstanceId, t.SubmissionId, t.Title, t.AssigneeKind, t.AssigneeId,
            t.DueAt is { } due ? ChinaTime.FromUnixMilliseconds(due) : null, t.DueAt < now, t.EscalationLevel))];
    }
}
