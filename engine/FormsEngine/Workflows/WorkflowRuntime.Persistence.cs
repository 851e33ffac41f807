using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Runtime;

namespace FormsEngine.Workflows;

/// <summary>Loading, running to a wait, and saving one step at a time.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>Runs ready steps one by one, saving each with its effects, until the instance waits, ends, or loses a conflict.</summary>
    private async Task RunAsync(WorkflowDefinition definition, WorkflowInstanceState state, CancellationToken cancellationToken)
    {
        while (true)
        {
            ThrowIfStopping();
            var now = _options.TimeProvider.GetUtcNow();
            var effects = await _executor.StepAsync(definition, state, now, cancellationToken).ConfigureAwait(false);
            if (effects is null || !await CommitAsync(state, effects, now, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Links the audit entries, writes the step; false when another writer saved the instance first.</summary>
    private async Task<bool> CommitAsync(WorkflowInstanceState state, StepEffects effects, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await _store.CommitAsync(BuildCommit(state, effects, now), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        state.ConcurrencyVersion++;
        return true;
    }

    /// <summary>Links the audit entries and turns the state and effects of one step into the rows to write.</summary>
    private StepCommit BuildCommit(WorkflowInstanceState state, StepEffects effects, DateTimeOffset now)
    {
        foreach (var entry in effects.Audit)
        {
            AuditChain.Link(state, entry);
        }

        var runnable = state.IsOpen && state.HasReadyTokens;
        var commit = new StepCommit
        {
            ExpectedVersion = state.ConcurrencyVersion,
            Instance = new InstanceRow
            {
                Id = state.Id,
                DefinitionId = state.DefinitionId,
                DefinitionVersion = state.DefinitionVersion,
                Status = state.Status.ToString(),
                StateJson = state.Serialize(),
                Version = state.ConcurrencyVersion + 1,
                Runnable = runnable,
                LeaseOwner = runnable ? _options.OwnerId : null,
                LeaseExpiresAt = runnable ? (now + _options.LeaseDuration).ToUnixTimeMilliseconds() : 0,
                UpdatedAt = now.ToUnixTimeMilliseconds(),
            },
        };
        commit.Audit.AddRange(effects.Audit);
        commit.Outbox.AddRange(effects.Outbox);
        commit.NewWork.AddRange(effects.NewWork);
        commit.FinishedWork.AddRange(effects.FinishedWork);
        foreach (var task in state.Tasks.Where(t => effects.TouchedTasks.Contains(t.Id)))
        {
            commit.Tasks.Add(new TaskRow
            {
                Id = task.Id,
                InstanceId = state.Id,
                ActivityId = task.ActivityId,
                Title = task.Title,
                AssigneeKind = task.AssigneeKind.ToString(),
                AssigneeId = task.AssigneeId,
                Status = task.Status.ToString(),
                Outcome = task.Outcome,
                CompletedBy = task.CompletedBy,
                EscalationLevel = task.EscalationLevel,
                DueAt = task.DueAt?.ToUnixTimeMilliseconds(),
            });
        }

        return commit;
    }

    private async Task<WorkflowInstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var row = await _store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : WorkflowInstanceState.Deserialize(row.StateJson, row.Version);
    }

    private async Task<WorkflowDefinition?> DefinitionAsync(string id, int version, CancellationToken cancellationToken)
    {
        if (!_definitions.ContainsKey((id, version)))
        {
            await RefreshDefinitionsAsync(cancellationToken).ConfigureAwait(false);
        }

        return _definitions.GetValueOrDefault((id, version));
    }

    /// <summary>
    /// The newest published version. Versions other processes published are picked up at most
    /// <see cref="WorkflowRuntimeOptions.DefinitionRefreshInterval"/> late (at once when the id is unknown here), so a
    /// burst of starts does not read every definition from the store each time.
    /// </summary>
    private async Task<WorkflowDefinition?> LatestAsync(string id, CancellationToken cancellationToken)
    {
        var now = _options.TimeProvider.GetTimestamp();
        var known = _definitions.Keys.Any(k => k.Item1 == id);
        if (!known || _options.TimeProvider.GetElapsedTime(Interlocked.Read(ref _lastRefresh), now) >= _options.DefinitionRefreshInterval)
        {
            await RefreshDefinitionsAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _lastRefresh, now);
        }

        return _definitions.Where(d => d.Key.Item1 == id).OrderByDescending(d => d.Key.Item2).Select(d => d.Value).FirstOrDefault();
    }

    /// <summary>Loads published versions other processes may have added since.</summary>
    private async Task RefreshDefinitionsAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await _store.ListDefinitionsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!_definitions.ContainsKey((row.DefinitionId, row.Version)) && WorkflowDefinition.Load(row.Json, _expressionOptions).Definition is { } definition)
            {
                _definitions[(row.DefinitionId, row.Version)] = definition;
            }
        }
    }

    /// <summary>Loads an instance with its definition, or null when either is missing.</summary>
    private async Task<(WorkflowInstanceState State, WorkflowDefinition Definition)?> LoadWithDefinitionAsync(string instanceId, CancellationToken cancellationToken)
    {
        var state = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            return null;
        }

        var definition = await DefinitionAsync(state.DefinitionId, state.DefinitionVersion, cancellationToken).ConfigureAwait(false);
        return definition is null ? null : (state, definition);
    }
}
