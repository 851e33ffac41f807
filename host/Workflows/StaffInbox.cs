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
/// submissions inside their tenant, soonest due first (tasks without a due date last). Each query joins the engine's
/// tasks to the tenant-filtered <c>submission_workflows</c> and stops at the page size, so the cost follows the page,
/// not the caller's whole backlog.
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
        limit = Math.Clamp(limit, 1, MaxLimit);
        (string Kind, string Id)[] assignees = [(Person, user.UserName()), (Role, user.Role() ?? "")];
        var rows = new List<InboxRow>();
        foreach (var (kind, assignee) in assignees)
        {
            rows.AddRange(await TakeAsync(kind, assignee, dated: true, limit, cancellationToken).ConfigureAwait(false));
        }

        // Tasks without a due date come after every dated one, as before; they are only read when the page has room.
        var dated = rows.OrderBy(r => r.DueAt).ThenBy(r => r.Id, StringComparer.Ordinal).Take(limit).ToList();
        if (dated.Count < limit)
        {
            var undated = new List<InboxRow>();
            foreach (var (kind, assignee) in assignees)
            {
                undated.AddRange(await TakeAsync(kind, assignee, dated: false, limit - dated.Count, cancellationToken).ConfigureAwait(false));
            }

            dated.AddRange(undated.OrderBy(r => r.Id, StringComparer.Ordinal).Take(limit - dated.Count));
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return [.. dated.Select(t => new TaskItem(t.Id, t.InstanceId, t.SubmissionId, t.Title, t.AssigneeKind, t.AssigneeId,
            t.DueAt is { } due ? ChinaTime.FromUnixMilliseconds(due) : null, t.DueAt < now, t.EscalationLevel))];
    }

    /// <summary>
    /// One assignee's open tasks, dated or not, in the order of the index (AssigneeId, Status, DueAt, Id), so the
    /// database walks the index and stops at the limit instead of sorting the assignee's whole backlog; each is joined
    /// to its submission's workflow row, which carries the tenant.
    /// </summary>
    private Task<List<InboxRow>> TakeAsync(string kind, string assignee, bool dated, int limit, CancellationToken cancellationToken)
    {
        var workflows = db.SubmissionWorkflows.ConfinedTo(scope);
        if (scope.GridId is { } grid)
        {
            workflows = workflows.Where(w => w.GridId == grid);
        }

        var tasks = db.InboxTasks.Where(t => t.AssigneeId == assignee && t.Status == Open && t.AssigneeKind == kind);
        tasks = dated ? tasks.Where(t => t.DueAt != null) : tasks.Where(t => t.DueAt == null);
        return (from t in tasks
                join w in workflows on t.InstanceId equals w.InstanceId
                orderby t.DueAt, t.Id
                select new InboxRow(t.Id, t.InstanceId, w.SubmissionId, t.Title, t.AssigneeKind, t.AssigneeId, t.DueAt, t.EscalationLevel))
            .Take(limit).ToListAsync(cancellationToken);
    }

    private sealed record InboxRow(string Id, string InstanceId, string SubmissionId, string Title, string AssigneeKind, string AssigneeId, long? DueAt, int EscalationLevel);
}
