using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Runtime;

namespace FormsEngine.Workflows;

/// <summary>
/// The durable workflow runtime: publishes definitions, starts instances from submissions, completes tasks, and —
/// driven by the host's timer loop — fires timers, escalates overdue tasks and resumes instances whose process died.
/// Every step is saved with its effects in one transaction; conflicting writers lose cleanly. Thread-safe.
/// </summary>
public sealed partial class WorkflowRuntime : IDisposable
{
    private readonly WorkflowRuntimeOptions _options;
    private readonly IWorkflowStore _store;
    private readonly WorkflowServices _services;
    private readonly WorkflowExecutor _executor;
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _definitions = new();
    private readonly ExpressionOptions _expressionOptions;
    private readonly LocalRunGuard _localRuns = new();
    private volatile bool _disposed;
    private long _lastRefresh;

    /// <summary>Creates a runtime over <see cref="WorkflowRuntimeOptions.Store"/>.</summary>
    public WorkflowRuntime(WorkflowRuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _store = options.Store;
        _services = new WorkflowServices { TimeProvider = options.TimeProvider, Directory = options.Directory, Rules = options.Rules };
        _executor = new WorkflowExecutor(_services);
        _expressionOptions = new ExpressionOptions { TimeProvider = options.TimeProvider };
    }

    /// <summary>Publishes a definition version; returns the reasons when it cannot be published (and then nothing is saved).</summary>
    public async Task<IReadOnlyList<Diagnostic>> PublishAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = definition.ValidateForPublishing();
        if (problems.Count > 0)
        {
            return problems;
        }

        var row = new DefinitionRow
        {
            DefinitionId = definition.Id,
            Version = definition.Version,
            Json = definition.ToJson(),
            PublishedAt = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        if (!await _store.AddDefinitionAsync(row, Guard(cancellationToken)).ConfigureAwait(false))
        {
            return [Diagnostic.Error("workflow.publish.exists", "$.version",
                $"流程“{definition.Id}”的版本 {definition.Version} 已发布，请使用新的版本号", $"version {definition.Version} of '{definition.Id}' is already published; use a new version number")];
        }

        // Reloaded so its expressions read this runtime's clock.
        _definitions[(definition.Id, definition.Version)] = WorkflowDefinition.Load(row.Json, _expressionOptions).Definition ?? definition;
        return [];
    }

    /// <summary>Starts the latest published version of <paramref name="definitionId"/> with a submission as input, and runs it until it waits.</summary>
    public Task<WorkflowInstanceView> StartAsync(string definitionId, JsonObject input, string actor, CancellationToken cancellationToken) =>
        StartAsync(definitionId, input, parameters: null, actor, cancellationToken);

    /// <summary>Starts an instance that keeps <paramref name="parameters"/> (rule-pack values, <c>param.minAge</c>) for its whole life.</summary>
    public async Task<WorkflowInstanceView> StartAsync(string definitionId, JsonObject input, JsonObject? parameters, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ct = Guard(cancellationToken);
        var definition = await LatestAsync(definitionId, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Workflow '{definitionId}' has no published version.");
        var now = _options.TimeProvider.GetUtcNow();
        var (state, effects) = NewInstance(definition, input, parameters, actor, now);
        if (!await CommitAsync(state, effects, now, ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Instance id '{state.Id}' already exists.");
        }

        await RunAsync(definition, state, ct).ConfigureAwait(false);
        return new WorkflowInstanceView(state);
    }

    /// <summary>The instance as stored, or null.</summary>
    public async Task<WorkflowInstanceView?> GetInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        var state = await LoadAsync(instanceId, Guard(cancellationToken)).ConfigureAwait(false);
        return state is null ? null : new WorkflowInstanceView(state);
    }

    /// <summary>The open tasks of an assignee (account id or role name): the staff inbox.</summary>
    public Task<IReadOnlyList<TaskRow>> ListOpenTasksAsync(string assigneeId, CancellationToken cancellationToken) =>
        _store.ListOpenTasksAsync(assigneeId, Guard(cancellationToken));

    /// <summary>
    /// Runs a faulted instance again from the step that failed (after the cause — a missing rule, a directory gap —
    /// was fixed). Returns false when the instance is not faulted.
    /// </summary>
    public async Task<bool> RetryFaultedAsync(string instanceId, string actor, CancellationToken cancellationToken)
    {
        var ct = Guard(cancellationToken);
        if (await LoadWithDefinitionAsync(instanceId, ct).ConfigureAwait(false) is not { State.Status: WorkflowStatus.Faulted } loaded)
        {
            return false;
        }

        var (state, definition) = loaded;
        var now = _options.TimeProvider.GetUtcNow();
        var effects = new StepEffects();
        effects.Audit.Add(new AuditRow
        {
            At = now.ToUnixTimeMilliseconds(),
            Actor = actor,
            Action = "retry",
            Subject = state.Id,
            Before = new JsonObject { ["status"] = "Faulted", ["fault"] = state.FaultMessageEn }.ToJsonString(WorkflowJson.Readable),
            After = new JsonObject { ["status"] = "Running" }.ToJsonString(WorkflowJson.Readable),
        });
        state.Status = WorkflowStatus.Running;
        state.FaultMessageZh = state.FaultMessageEn = null;
        state.RefreshStatus();
        state.UpdatedAt = now;
        if (!await CommitAsync(state, effects, now, ct).ConfigureAwait(false))
        {
            return false;
        }

        await RunAsync(definition, state, ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Stops work in progress: the next step of any run ends with <see cref="OperationCanceledException"/>. Saved state stays consistent.</summary>
    public void Dispose() => _disposed = true;

    private CancellationToken Guard(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfStopping();
        return cancellationToken;
    }

    private void ThrowIfStopping()
    {
        if (_disposed)
        {
            throw new OperationCanceledException("The workflow runtime was disposed.");
        }
    }
}
