using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Workflows;

/// <summary>What a <see cref="WorkflowRuntime"/> needs; only <see cref="Store"/> is required.</summary>
public sealed class WorkflowRuntimeOptions
{
    /// <summary>Where instances, tasks, outbox rows, timers and the audit log live.</summary>
    public required IWorkflowStore Store { get; init; }

    /// <summary>The clock (default <see cref="TimeProvider.System"/>).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Resolves grid workers and escalation targets (default: an empty directory).</summary>
    public IAssigneeDirectory Directory { get; init; } = new InMemoryAssigneeDirectory();

    /// <summary>Rule evaluators by rule id, for <c>evaluateRules</c> activities that name a <c>ruleId</c>.</summary>
    public IReadOnlyDictionary<string, IRuleEvaluator> Rules { get; init; } = new Dictionary<string, IRuleEvaluator>();

    /// <summary>This process's name in leases (default: machine name and a random suffix).</summary>
    public string OwnerId { get; init; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    /// <summary>How long a claim on an instance, timer or SLA lasts before another process may take it over (default 30 s).</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most items claimed per call of <see cref="WorkflowRuntime.ProcessDueWorkAsync"/> (default 50).</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>How stale the list of published versions may get before a start re-reads it (default 5 s).</summary>
    public TimeSpan DefinitionRefreshInterval { get; init; } = TimeSpan.FromSeconds(5);
}
