using System.Security.Claims;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Data;
using FormsEngine.Host.Workflows;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Seams;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FormsEngine.Host.Api;

/// <summary>
/// The staff inbox, <c>/api/v1/tasks</c>: the open tasks assigned to the caller or offered to their role, within
/// their tenant; claim a role task; complete one with an outcome (approve, reject, returnForCorrection…) and a comment.
/// </summary>
internal static class TasksEndpoints
{
    public static IEndpointRouteBuilder MapTasksEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tasks").WithTags("Tasks").RequireAuthorization(AccountsHostExtensions.StaffPolicy);
        group.MapGet("/", Inbox);
        group.MapPost("/{id}/claim", Claim).DisableAntiforgery();
        group.MapPost("/{id}/complete", Complete).DisableAntiforgery();
        return app;
    }

    /// <summary>The caller's open tasks, soonest due first; <c>limit</c> (default 200, at most 1,000) caps the page.</summary>
    internal static async Task<Ok<TaskItem[]>> Inbox(ClaimsPrincipal user, StaffInbox inbox, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inbox.ListAsync(user, limit ?? StaffInbox.DefaultLimit, cancellationToken).ConfigureAwait(false));

    internal static async Task<Results<Ok<TaskActionResult>, ProblemHttpResult>> Claim(
        string id, ClaimsPrincipal user, WorkflowRuntime runtime, EfWorkflowStore store, FormsEngineDbContext db, CancellationToken cancellationToken)
    {
        if (await FindVisibleTaskAsync(id, user, runtime, store, db, cancellationToken).ConfigureAwait(false) is not { } task)
        {
            return NotFound(id);
        }

        if (task.AssigneeKind == AssigneeKind.Role && task.AssigneeId != user.Role())
        {
            return BilingualProblem.Create(StatusCodes.Status403Forbidden, "task.notYourRole", $"此任务只能由“{task.AssigneeId}”认领", $"only '{task.AssigneeId}' may claim this task");
        }

        return ToResult(await runtime.ClaimTaskAsync(id, user.UserName(), user.DisplayNameOf(), cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<Results<Ok<TaskActionResult>, ProblemHttpResult>> Complete(
        string id, CompleteTask? body, ClaimsPrincipal user, WorkflowRuntime runtime, EfWorkflowStore store, FormsEngineDbContext db, CancellationToken cancellationToken)
    {
        if (body?.Outcome is not { Length: > 0 } outcome)
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "task.outcome", "请选择处理结果（outcome）", "outcome is required",
                [FormsEngine.Diagnostics.Diagnostic.Error("task.outcome", "$.outcome", "缺少处理结果", "outcome is missing")]);
        }

        if (body.Comment is { Length: > 1000 })
        {
            return BilingualProblem.Create(StatusCodes.Status400BadRequest, "task.comment", "意见不能超过 1000 字", "the comment may not exceed 1000 characters",
                [FormsEngine.Diagnostics.Diagnostic.Error("task.comment", "$.comment", "意见过长", "comment too long")]);
        }

        if (await FindVisibleTaskAsync(id, user, runtime, store, db, cancellationToken).ConfigureAwait(false) is not { } task)
        {
            return NotFound(id);
        }

        var mine = task.AssigneeKind == AssigneeKind.Person ? task.AssigneeId == user.UserName() : task.AssigneeId == user.Role();
        if (!mine)
        {
            return BilingualProblem.Create(StatusCodes.Status403Forbidden, "task.notYours", $"此任务已分配给 {task.AssigneeName}", $"the task is assigned to {task.AssigneeName}");
        }

        var completion = new TaskCompletion(id, outcome, user.UserName()) { Comment = body.Comment };
        return ToResult(await runtime.CompleteTaskAsync(completion, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The open or closed task when its instance belongs to a submission the caller's tenant can see; otherwise null.</summary>
    private static async Task<WorkflowTaskView?> FindVisibleTaskAsync(
        string id, ClaimsPrincipal user, WorkflowRuntime runtime, EfWorkflowStore store, FormsEngineDbContext db, CancellationToken cancellationToken)
    {
        var instanceId = await store.FindInstanceOfTaskAsync(id, cancellationToken).ConfigureAwait(false);
        if (instanceId is null || !await db.SubmissionWorkflows.AnyAsync(w => w.InstanceId == instanceId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var instance = await runtime.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return instance?.Tasks.FirstOrDefault(t => t.Id == id);
    }

    private static Results<Ok<TaskActionResult>, ProblemHttpResult> ToResult(TaskCompletionResult result) => result.Status switch
    {
        TaskCompletionStatus.Completed or TaskCompletionStatus.Commented or TaskCompletionStatus.Claimed =>
            TypedResults.Ok(new TaskActionResult(result.Status.ToString(), result.MessageZh, result.MessageEn)),
        TaskCompletionStatus.NotFound => BilingualProblem.Create(StatusCodes.Status404NotFound, "task.notFound", result.MessageZh, result.MessageEn),
        TaskCompletionStatus.OutcomeNotAllowed => BilingualProblem.Create(StatusCodes.Status400BadRequest, "task.outcomeNotAllowed", result.MessageZh, result.MessageEn,
            [FormsEngine.Diagnostics.Diagnostic.Error("task.outcomeNotAllowed", "$.outcome", result.MessageZh, result.MessageEn)]),
        _ => BilingualProblem.Create(StatusCodes.Status409Conflict, "task.alreadyHandled", result.MessageZh, result.MessageEn),
    };

    private static ProblemHttpResult NotFound(string id) =>
        BilingualProblem.Create(StatusCodes.Status404NotFound, "task.notFound", $"任务“{id}”不存在", $"task '{id}' does not exist");
}
