using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Workflows.Activities;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Persistence;

namespace FormsEngine.Workflows.Runtime;

/// <summary>
/// Runs exactly one step of an instance in memory: takes the first ready token, runs (or resumes) its activity, moves
/// tokens along the outcome's connections and records the step's effects. Persistence is the caller's job.
/// </summary>
internal sealed class WorkflowExecutor
{
    private readonly WorkflowServices _services;

    public WorkflowExecutor(WorkflowServices services) => _services = services;

    /// <summary>The step's effects, or null when no token is ready.</summary>
    public async ValueTask<StepEffects?> StepAsync(WorkflowDefinition definition, WorkflowInstanceState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var token = state.IsOpen ? state.Tokens.Find(t => !t.Waiting) : null;
        if (token is null)
        {
            return null;
        }

        state.Steps++;
        var effects = new StepEffects();
        var before = Snapshot(state, null);
        ActivityResult result;
        if (!definition.Activities.TryGetValue(token.ActivityId, out var activity))
        {
            result = ActivityResult.Fault($"步骤“{token.ActivityId}”在版本 {definition.Version} 中不存在", $"step '{token.ActivityId}' does not exist in version {definition.Version}");
        }
        else if (token.ResumeOutcome is { } resumed)
        {
            token.ResumeOutcome = null;
            result = ActivityResult.Complete(resumed);
        }
        else
        {
            result = await activity.ExecuteAsync(new ActivityContext(definition, state, token, _services, effects, now), cancellationToken).ConfigureAwait(false);
        }

        Apply(definition, state, token, result, effects);
        state.RefreshStatus();
        state.UpdatedAt = now;
        effects.Audit.Add(new AuditRow
        {
            At = now.ToUnixTimeMilliseconds(),
            Actor = "system",
            Action = "step",
            Subject = token.ActivityId,
            Before = before,
            After = Snapshot(state, result),
        });
        return effects;
    }

    private static void Apply(WorkflowDefinition definition, WorkflowInstanceState state, WorkflowToken token, ActivityResult result, StepEffects effects)
    {
        switch (result.Kind)
        {
            case ActivityResultKind.Complete:
                state.Tokens.Remove(token);
                var branch = 0;
                foreach (var connection in definition.Outgoing(token.ActivityId, result.Value!))
                {
                    state.Tokens.Add(new WorkflowToken
                    {
                        Id = string.Create(CultureInfo.InvariantCulture, $"t{state.Steps}.{branch++}"),
                        ActivityId = connection.To,
                        FromActivityId = token.ActivityId,
                    });
                }

                break;
            case ActivityResultKind.Suspend:
                token.Waiting = true;
                break;
            case ActivityResultKind.Consume:
                state.Tokens.Remove(token);
                break;
            case ActivityResultKind.End:
                Close(state, effects);
                state.Status = WorkflowStatus.Completed;
                state.EndStatus = result.Value;
                break;
            case ActivityResultKind.Fault:
                state.Status = WorkflowStatus.Faulted;
                state.FaultMessageZh = result.Value;
                state.FaultMessageEn = result.MessageEn;
                break;
        }
    }

    /// <summary>Cancels open tasks and timers when the workflow ends.</summary>
    private static void Close(WorkflowInstanceState state, StepEffects effects)
    {
        foreach (var task in state.Tasks.Where(t => t.Status == WorkflowTaskStatus.Open))
        {
            task.Status = WorkflowTaskStatus.Cancelled;
            effects.TouchedTasks.Add(task.Id);
            effects.FinishedWork.Add(TaskEscalator.SlaWorkId(task));
        }

        effects.FinishedWork.AddRange(state.Tokens.Where(t => t.Waiting).Select(t => WaitActivity.TimerWorkId(state.Id, t.Id)));
        state.Tokens.Clear();
        state.JoinArrivals.Clear();
    }

    private static string Snapshot(WorkflowInstanceState state, ActivityResult? result)
    {
        var snapshot = new JsonObject
        {
            ["status"] = state.Status.ToString(),
            ["data"] = state.Data.DeepClone(),
        };
        if (result is not null)
        {
            snapshot["result"] = result.Kind.ToString();
            snapshot["value"] = result.Value;
        }

        return snapshot.ToJsonString(WorkflowJson.Readable);
    }
}
