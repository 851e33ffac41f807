using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Runtime;

namespace FormsEngine.Workflows;

/// <summary>The host's timer loop: timers, SLA escalations and instances whose runner died.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Does the work due at <paramref name="now"/>: resumes instances left runnable by a process that stopped, fires
    /// due timers, and escalates overdue tasks. Work is claimed with leases (a conditional update), so several hosts
    /// may call this against one database without doing anything twice. Returns how many items were handled.
    /// </summary>
    public async Task<int> ProcessDueWorkAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ct = Guard(cancellationToken);
        var nowMs = now.ToUnixTimeMilliseconds();
        var leaseUntil = (now + _options.LeaseDuration).ToUnixTimeMilliseconds();
        var handled = 0;
        foreach (var instanceId in await _store.ClaimStalledInstancesAsync(_options.OwnerId, nowMs, leaseUntil, _options.BatchSize, ct).ConfigureAwait(false))
        {
            // A continuation in this process may hold it (its lease lapsed while it waited in a backlog): leave it be.
            if (!_localRuns.TryEnter(instanceId))
            {
                continue;
            }

            try
            {
                if (await LoadWithDefinitionAsync(instanceId, ct).ConfigureAwait(false) is { } loaded)
                {
                    await RunAsync(loaded.Definition, loaded.State, ct).ConfigureAwait(false);
                    handled++;
                }
            }
            finally
            {
                _localRuns.Exit(instanceId);
            }
        }

        foreach (var work in await _store.ClaimDueWorkAsync(_options.OwnerId, nowMs, leaseUntil, _options.BatchSize, ct).ConfigureAwait(false))
        {
            if (await HandleDueAsync(work, now, ct).ConfigureAwait(false))
            {
                handled++;
            }
        }

        return handled;
    }

    private async Task<bool> HandleDueAsync(ScheduledWorkRow work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await LoadWithDefinitionAsync(work.InstanceId, cancellationToken).ConfigureAwait(false) is not { } loaded)
        {
            return false;
        }

        var (state, definition) = loaded;
        var effects = new StepEffects();
        effects.FinishedWork.Add(work.Id);
        var resume = false;
        if (state.IsOpen && work.Kind == "timer" && state.Tokens.Find(t => t.Id == work.TargetId && t.Waiting) is { } token)
        {
            token.Waiting = false;
            token.ResumeOutcome = "done";
            state.RefreshStatus();
            effects.Audit.Add(new AuditRow
            {
                At = now.ToUnixTimeMilliseconds(),
                Actor = "system",
                Action = "timer.fire",
                Subject = token.ActivityId,
                Before = "{\"waiting\":true}",
                After = "{\"waiting\":false}",
            });
            resume = true;
        }
        else if (state.IsOpen && work.Kind == "sla" && state.FindTask(work.TargetId) is { Status: WorkflowTaskStatus.Open } task
            && TaskEscalator.SlaWorkId(task) == work.Id)
        {
            await TaskEscalator.EscalateAsync(state, task, _services, effects, now, cancellationToken).ConfigureAwait(false);
        }

        state.UpdatedAt = now;
        if (!await CommitAsync(state, effects, now, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        if (resume)
        {
            await RunAsync(definition, state, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
