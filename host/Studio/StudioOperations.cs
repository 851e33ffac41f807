using System.Security.Claims;
using FormsEngine.Designer.Operations;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Api;
using FormsEngine.Host.Audit;
using FormsEngine.Host.Data;
using FormsEngine.Host.Hosting;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Submissions;
using FormsEngine.Host.Workflows;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Seams;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Studio;

/// <summary>
/// The studio's seam on the host's own services. Every call runs through <see cref="StudioCalls"/> (its own DI scope,
/// tenancy from the circuit's user) and reuses the staff API's handlers where they exist, so tenancy, masking, role
/// checks and audit are the API's own.
/// </summary>
internal sealed class StudioOperations(StudioCalls calls, TimeProvider clock) : IStudioOperations
{
    public Task<StudioUser> GetCurrentUserAsync(CancellationToken cancellationToken) => RunAsync(async (services, user) =>
    {
        var community = user.FindFirstValue(StaffClaims.Community);
        var db = services.GetRequiredService<FormsEngineDbContext>();
        var name = community is null ? null
            : await db.Tenants.AsNoTracking().Where(t => t.Id == community).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new StudioUser(user.UserName(), user.DisplayNameOf(), user.Role(), community, name ?? community, PersonalDataPolicy.MayOpen(user));
    });

    public Task<SubmissionPage> ListSubmissionsAsync(SubmissionQuery query, CancellationToken cancellationToken) => RunAsync(async (services, user) =>
    {
        ArgumentNullException.ThrowIfNull(query);
        var db = services.GetRequiredService<FormsEngineDbContext>();
        var rows = StudioSubmissionFilter.Apply(db.Submissions, query);
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await StudioSubmissionFilter.Sort(rows, query).Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, SubmissionQueries.MaxPageSize))
            .AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var forms = await db.Submissions.Select(s => s.FormId).Distinct().OrderBy(f => f).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = page.Select(r => StudioMapping.ToSummary(SubmissionsEndpoints.ToInfo(r, null))).ToList();
        return new SubmissionPage(total, items, PersonalDataPolicy.MayOpen(user), forms);
    });

    public Task<SubmissionDetail?> OpenSubmissionAsync(string id, bool unmasked, CancellationToken cancellationToken) => RunAsync(async (services, user) =>
    {
        // The API's own handler: 404 outside the tenant, 403 for a role that sees masked data only, an audit entry per clear view.
        var result = await SubmissionsEndpoints.Get(id, unmasked, user, services.GetRequiredService<SubmissionQueries>(), services.GetRequiredService<AuditLog>(), cancellationToken)
            .ConfigureAwait(false);
        if (result.Result is not Ok<SubmissionInfo> { Value: { } info })
        {
            return null;
        }

        var db = services.GetRequiredService<FormsEngineDbContext>();
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        var timeline = new List<TimelineEntry>();
        var instanceIds = await db.SubmissionWorkflows.AsNoTracking().Where(w => w.SubmissionId == id).Select(w => w.InstanceId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var instanceId in instanceIds)
        {
            if (await runtime.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } instance)
            {
                timeline.AddRange(instance.Tasks.Select(t => new TimelineEntry(t.Title, t.AssigneeName, t.Status.ToString(), t.Outcome, t.CompletedBy, t.DueAt?.ToOffset(ChinaTime.Offset), t.Comments)));
            }
        }

        return new SubmissionDetail(StudioMapping.ToSummary(info), info.Unmasked, PersonalDataPolicy.MayOpen(user), timeline);
    });

    public Task<IReadOnlyList<InboxTask>> ListInboxAsync(CancellationToken cancellationToken) => RunAsync(async (services, user) =>
    {
        var db = services.GetRequiredService<FormsEngineDbContext>();
        var tasks = await services.GetRequiredService<StaffInbox>().ListAsync(user, StaffInbox.DefaultLimit, cancellationToken).ConfigureAwait(false);
        var submissionIds = tasks.Select(t => t.SubmissionId).Distinct().ToList();
        var references = await db.Submissions.AsNoTracking().Where(s => submissionIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Reference, cancellationToken).ConfigureAwait(false);
        return (IReadOnlyList<InboxTask>)tasks.Select(t => new InboxTask(t.Id, t.SubmissionId, references.GetValueOrDefault(t.SubmissionId), t.Title,
            t.AssigneeKind == nameof(AssigneeKind.Role), t.AssigneeId, t.DueAt, t.Overdue, t.EscalationLevel)).ToList();
    });

    public Task<TaskActionOutcome> ClaimAsync(string taskId, CancellationToken cancellationToken) => RunAsync(async (services, user) =>
        StudioMapping.ToOutcome(await TasksEndpoints.Claim(taskId, user, services.GetRequiredService<WorkflowRuntime>(), services.GetRequiredService<EfWorkflowStore>(),
            services.GetRequiredService<FormsEngineDbContext>(), cancellationToken).ConfigureAwait(false)));

    public Task<TaskActionOutcome> CompleteAsync(string taskId, string outcome, string? comment, CancellationToken cancellationToken) => RunAsync(async (services, user) =>
        StudioMapping.ToOutcome(await TasksEndpoints.Complete(taskId, new CompleteTask(outcome, comment), user, services.GetRequiredService<WorkflowRuntime>(),
            services.GetRequiredService<EfWorkflowStore>(), services.GetRequiredService<FormsEngineDbContext>(), cancellationToken).ConfigureAwait(false)));

    public async Task<DashboardData> GetDashboardAsync(int days, CancellationToken cancellationToken)
    {
        var counts = await RunAsync((services, _) =>
            StudioDashboard.CountAsync(services.GetRequiredService<FormsEngineDbContext>(), clock.GetUtcNow(), Math.Clamp(days, 1, 366), cancellationToken)).ConfigureAwait(false);
        var inbox = await ListInboxAsync(cancellationToken).ConfigureAwait(false);
        var recent = await RunAsync((services, _) => StudioDashboard.RecentAsync(services.GetRequiredService<FormsEngineDbContext>(),
            services.GetRequiredService<WorkflowRuntime>(), 8, cancellationToken)).ConfigureAwait(false);
        return counts with { OpenTasks = inbox.Count, OverdueTasks = inbox.Count(t => t.Overdue), Recent = recent };
    }

    private Task<T> RunAsync<T>(Func<IServiceProvider, ClaimsPrincipal, Task<T>> work) => calls.RunAsync(work);
}
