using System.Text.Json.Nodes;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Runtime;

namespace FormsEngine.Workflows;

/// <summary>Starting an instance inside the caller's own transaction (a submission and its workflows commit together).</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Prepares the first step of a new instance of the latest published version without saving it, for a caller that
    /// saves <see cref="PreparedStart.Commit"/> in its own transaction (with <c>EfWorkflowStore.CommitAsync(commit,
    /// connection, transaction)</c>). The row is saved runnable and leased to this runtime: after the transaction
    /// commits, call <see cref="ContinueAsync"/>; if the process dies first, the timer loop of any node resumes it once
    /// the lease lapses. Returns null when the definition has no published version.
    /// </summary>
    public Task<PreparedStart?> PrepareStartAsync(string definitionId, JsonObject input, string actor, CancellationToken cancellationToken) =>
        PrepareStartAsync(definitionId, input, parameters: null, actor, cancellationToken);

    /// <summary>
    /// <see cref="PrepareStartAsync(string, JsonObject, string, CancellationToken)"/> with the rule-pack parameter values
    /// the instance keeps for its whole life (<c>param.minAge</c>), so a later change of a community's settings only
    /// reaches new instances.
    /// </summary>
    public Task<PreparedStart?> PrepareStartAsync(string definitionId, JsonObject input, JsonObject? parameters, string actor, CancellationToken cancellationToken) =>
        PrepareStartAsync(definitionId, version: null, input, parameters, actor, cancellationToken);

    /// <summary>
    /// Prepares an instance of <paramref name="version"/> (the latest when null), e.g. the version a community's rule
    /// pack pins while it stays on an older pack version. Returns null when that version is not published.
    /// </summary>
    public async Task<PreparedStart?> PrepareStartAsync(string definitionId, int? version, JsonObject input, JsonObject? parameters, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ct = Guard(cancellationToken);
        var found = version is { } pinned ? await DefinitionAsync(definitionId, pinned, ct).ConfigureAwait(false) : await LatestAsync(definitionId, ct).ConfigureAwait(false);
        if (found is not { } definition)
        {
            return null;
        }

        var now = _options.TimeProvider.GetUtcNow();
        var (state, effects) = NewInstance(definition, input, parameters, actor, now);
        return new PreparedStart(state.Id, definition.Id, definition.Version, BuildCommit(state, effects, now));
    }

    /// <summary>
    /// Runs a saved instance on until it waits, ends or another writer takes over: the second half of
    /// <see cref="PrepareStartAsync(string, JsonObject, string, CancellationToken)"/>. Returns the instance as it then stands, or null when it does not exist.
    /// </summary>
    public async Task<WorkflowInstanceView?> ContinueAsync(string instanceId, CancellationToken cancellationToken)
    {
        var ct = Guard(cancellationToken);
        var mine = _localRuns.TryEnter(instanceId);
        try
        {
            if (await LoadWithDefinitionAsync(instanceId, ct).ConfigureAwait(false) is not { } loaded)
            {
                return null;
            }

            // When the sweep already runs it here, report it as it stands rather than race it to the same commit.
            var (state, definition) = loaded;
            if (mine && state.IsOpen && state.HasReadyTokens)
            {
                await RunAsync(definition, state, ct).ConfigureAwait(false);
            }

            return new WorkflowInstanceView(state);
        }
        finally
        {
            if (mine)
            {
                _localRuns.Exit(instanceId);
            }
        }
    }

    private static (WorkflowInstanceState State, StepEffects Effects) NewInstance(WorkflowDefinition definition, JsonObject input, JsonObject? parameters, string actor, DateTimeOffset now)
    {
        var data = new JsonObject { ["input"] = input.DeepClone() };
        if (parameters is not null)
        {
            data["param"] = parameters.DeepClone();
        }

        var state = new WorkflowInstanceState
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = WorkflowStatus.Running,
            Data = data,
            Tokens = [new WorkflowToken { Id = "t0", ActivityId = definition.Trigger!.Id }],
            CreatedAt = now,
            UpdatedAt = now,
        };
        var effects = new StepEffects();
        effects.Audit.Add(new AuditRow
        {
            At = now.ToUnixTimeMilliseconds(),
            Actor = actor,
            Action = "start",
            Subject = definition.Trigger.Id,
            Before = "{}",
            After = new JsonObject { ["version"] = definition.Version, ["input"] = input.DeepClone(), ["param"] = parameters?.DeepClone() }.ToJsonString(WorkflowJson.Readable),
        });
        return (state, effects);
    }
}
