using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Workflows.Activities;
using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Runtime;

namespace FormsEngine.Workflows;

/// <summary>Completing and commenting on human tasks.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Completes a task with an outcome (or adds a comment) and runs the workflow on to its next wait. When two people
    /// act on the same task at once exactly one succeeds; the other gets <see cref="TaskCompletionStatus.AlreadyHandled"/>
    /// naming who handled it (该任务已由…处理).
    /// </summary>
    public async Task<TaskCompletionResult> CompleteTaskAsync(TaskCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var ct = Guard(cancellationToken);
        var instanceId = await _store.FindInstanceOfTaskAsync(completion.TaskId, ct).ConfigureAwait(false);
        var loaded = instanceId is null ? null : await LoadWithDefinitionAsync(instanceId, ct).ConfigureAwait(false);
        var task = loaded?.State.FindTask(completion.TaskId);
        if (loaded is not { } pair || task is null)
        {
            return TaskCompletionResult.NotFound(completion.TaskId);
        }

        var (state, definition) = pair;
        if (task.Status != WorkflowTaskStatus.Open || !state.IsOpen)
        {
            return TaskCompletionResult.AlreadyHandled(task.CompletedBy, task.Outcome);
        }

        if (!task.AllowedOutcomes.Contains(completion.Outcome))
        {
            return TaskCompletionResult.NotAllowed(completion.Outcome, task.AllowedOutcomes);
        }

        var now = _options.TimeProvider.GetUtcNow();
        var effects = new StepEffects();
        var before = Describe(task);
        var comment = completion.Outcome == AssignTaskActivity.Comment;
        if (!string.IsNullOrWhiteSpace(completion.Comment))
        {
            task.Comments.Add(string.Create(CultureInfo.InvariantCulture, $"{now:O} {completion.Actor}: {completion.Comment}"));
        }

        if (!comment)
        {
            task.Status = WorkflowTaskStatus.Completed;
            task.Outcome = completion.Outcome;
            task.CompletedBy = completion.Actor;
            task.CompletedAt = now;
            MergeChanges(state, completion.Changes);
            var token = state.Tokens.Find(t => t.Id == task.TokenId);
            if (token is not null)
            {
                token.Waiting = false;
                token.ResumeOutcome = completion.Outcome;
            }

            effects.FinishedWork.Add(TaskEscalator.SlaWorkId(task));
            state.RefreshStatus();
        }

        effects.TouchedTasks.Add(task.Id);
        effects.Audit.Add(new AuditRow
        {
            At = now.ToUnixTimeMilliseconds(),
            Actor = completion.Actor,
            Action = comment ? "task.comment" : "task.complete",
            Subject = task.Id,
            Before = before,
            After = Describe(task, completion.Changes),
        });
        state.UpdatedAt = now;
        if (!await CommitAsync(state, effects, now, ct).ConfigureAwait(false))
        {
            var winner = (await LoadAsync(state.Id, ct).ConfigureAwait(false))?.FindTask(task.Id);
            return TaskCompletionResult.AlreadyHandled(winner?.CompletedBy, winner?.Outcome);
        }

        if (comment)
        {
            return TaskCompletionResult.Commented();
        }

        await RunAsync(definition, state, ct).ConfigureAwait(false);
        return TaskCompletionResult.Completed(completion.Outcome);
    }

    /// <summary>
    /// Takes a task offered to a role (e.g. 社区工作人员) so it becomes <paramref name="actor"/>'s own; the others holding
    /// the role no longer see it. Claiming one's own task again succeeds; a task someone else claimed or handled gives
    /// <see cref="TaskCompletionStatus.AlreadyHandled"/>. The caller checks that the actor may hold the role.
    /// </summary>
    public async Task<TaskCompletionResult> ClaimTaskAsync(string taskId, string actor, string actorName, CancellationToken cancellationToken)
    {
        var ct = Guard(cancellationToken);
        var instanceId = await _store.FindInstanceOfTaskAsync(taskId, ct).ConfigureAwait(false);
        var loaded = instanceId is null ? null : await LoadWithDefinitionAsync(instanceId, ct).ConfigureAwait(false);
        if (loaded is not { } pair || pair.State.FindTask(taskId) is not { } task)
        {
            return TaskCompletionResult.NotFound(taskId);
        }

        var state = pair.State;
        if (task.Status != WorkflowTaskStatus.Open || !state.IsOpen)
        {
            return TaskCompletionResult.AlreadyHandled(task.CompletedBy, task.Outcome);
        }

        if (task.AssigneeKind == Seams.AssigneeKind.Person)
        {
            return task.AssigneeId == actor ? TaskCompletionResult.Claimed() : TaskCompletionResult.ClaimedByOther(task.AssigneeName);
        }

        var now = _options.TimeProvider.GetUtcNow();
        var before = Describe(task);
        task.AssigneeKind = Seams.AssigneeKind.Person;
        task.AssigneeId = actor;
        task.AssigneeName = actorName;
        var effects = new StepEffects();
        effects.TouchedTasks.Add(task.Id);
        effects.Audit.Add(new AuditRow
        {
            At = now.ToUnixTimeMilliseconds(),
            Actor = actor,
            Action = "task.claim",
            Subject = task.Id,
            Before = before,
            After = Describe(task),
        });
        state.UpdatedAt = now;
        if (!await CommitAsync(state, effects, now, ct).ConfigureAwait(false))
        {
            var winner = (await LoadAsync(state.Id, ct).ConfigureAwait(false))?.FindTask(task.Id);
            return TaskCompletionResult.ClaimedByOther(winner?.AssigneeName);
        }

        return TaskCompletionResult.Claimed();
    }

    private static void MergeChanges(WorkflowInstanceState state, JsonObject? changes)
    {
        if (changes is null)
        {
            return;
        }

        if (state.Data["input"] is not JsonObject input)
        {
            state.Data["input"] = input = [];
        }

        foreach (var (key, value) in changes)
        {
            input[key] = value?.DeepClone();
        }
    }

    private static string Describe(WorkflowTaskState task, JsonObject? changes = null) => new JsonObject
    {
        ["status"] = task.Status.ToString(),
        ["assignee"] = task.AssigneeId,
        ["outcome"] = task.Outcome,
        ["comments"] = task.Comments.Count,
        ["changes"] = changes?.DeepClone(),
    }.ToJsonString(WorkflowJson.Readable);
}
