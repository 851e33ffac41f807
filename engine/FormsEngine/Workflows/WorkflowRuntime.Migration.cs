using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using FormsEngine.Workflows.Activities;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Runtime;

namespace FormsEngine.Workflows;

/// <summary>Moving an open instance to another published version, and verifying the audit chain.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Moves an open instance to <paramref name="targetVersion"/> when every step it is waiting on (tokens, open tasks,
    /// half-arrived joins) exists there with the same type and outcomes; otherwise refuses with every reason and changes nothing.
    /// </summary>
    public async Task<MigrationResult> MigrateAsync(string instanceId, int targetVersion, string actor, CancellationToken cancellationToken)
    {
        var ct = Guard(cancellationToken);
        var state = await LoadAsync(instanceId, ct).ConfigureAwait(false);
        if (state is null || !state.IsOpen)
        {
            return new MigrationResult([Diagnostic.Error("workflow.migrate.closed", null,
                "流程实例不存在或已结束，无法迁移", "the instance does not exist or has ended, so it cannot be migrated")]);
        }

        var target = await DefinitionAsync(state.DefinitionId, targetVersion, ct).ConfigureAwait(false);
        if (target is null)
        {
            return new MigrationResult([Diagnostic.Error("workflow.migrate.noVersion", null,
                $"版本 {targetVersion} 尚未发布", $"version {targetVersion} is not published")]);
        }

        var current = await DefinitionAsync(state.DefinitionId, state.DefinitionVersion, ct).ConfigureAwait(false);
        var reasons = Check(state, current, target);
        if (reasons.Count > 0)
        {
            return new MigrationResult(reasons);
        }

        var now = _options.TimeProvider.GetUtcNow();
        var from = state.DefinitionVersion;
        state.DefinitionVersion = targetVersion;
        state.UpdatedAt = now;
        var effects = new StepEffects();
        effects.Audit.Add(new AuditRow
        {
            At = now.ToUnixTimeMilliseconds(),
            Actor = actor,
            Action = "migrate",
            Subject = state.Id,
            Before = new JsonObject { ["version"] = from }.ToJsonString(WorkflowJson.Readable),
            After = new JsonObject { ["version"] = targetVersion }.ToJsonString(WorkflowJson.Readable),
        });
        if (!await CommitAsync(state, effects, now, ct).ConfigureAwait(false))
        {
            return new MigrationResult([Diagnostic.Error("workflow.migrate.conflict", null,
                "迁移时流程实例正被他人修改，请重试", "the instance changed while migrating; try again")]);
        }

        return new MigrationResult([]);
    }

    /// <summary>Tries <see cref="MigrateAsync"/> on every open instance of <paramref name="definitionId"/> version <paramref name="fromVersion"/>.</summary>
    public async Task<IReadOnlyDictionary<string, MigrationResult>> MigrateOpenInstancesAsync(string definitionId, int fromVersion, int targetVersion, string actor, CancellationToken cancellationToken)
    {
        var ct = Guard(cancellationToken);
        var results = new Dictionary<string, MigrationResult>(StringComparer.Ordinal);
        foreach (var id in await _store.ListOpenInstancesAsync(definitionId, fromVersion, ct).ConfigureAwait(false))
        {
            results[id] = await MigrateAsync(id, targetVersion, actor, ct).ConfigureAwait(false);
        }

        return results;
    }

    private static List<Diagnostic> Check(WorkflowInstanceState state, WorkflowDefinition? current, WorkflowDefinition target)
    {
        var reasons = new List<Diagnostic>();
        foreach (var token in state.Tokens)
        {
            var was = current?.Activities.GetValueOrDefault(token.ActivityId);
            if (!target.Activities.TryGetValue(token.ActivityId, out var now))
            {
                reasons.Add(Diagnostic.Error("workflow.migrate.missingStep", $"$.activities[?(@.id=='{token.ActivityId}')]",
                    $"目标版本 {target.Version} 没有正在进行的步骤“{token.ActivityId}”", $"target version {target.Version} has no step '{token.ActivityId}', where the instance is now"));
            }
            else if (was is not null && was.Type != now.Type)
            {
                reasons.Add(Diagnostic.Error("workflow.migrate.changedType", $"$.activities[?(@.id=='{token.ActivityId}')].type",
                    $"步骤“{token.ActivityId}”在目标版本中类型不同（{was.Type} → {now.Type}）", $"step '{token.ActivityId}' has another type in the target version ({was.Type} → {now.Type})"));
            }
        }

        foreach (var task in state.Tasks.Where(t => t.Status == WorkflowTaskStatus.Open))
        {
            var missing = target.Activities.GetValueOrDefault(task.ActivityId) is AssignTaskActivity activity
                ? task.AllowedOutcomes.Where(o => o != AssignTaskActivity.Comment && !activity.Outcomes.Contains(o)).ToList()
                : null;
            if (missing is { Count: > 0 })
            {
                reasons.Add(Diagnostic.Error("workflow.migrate.outcomes", $"$.activities[?(@.id=='{task.ActivityId}')].outcomes",
                    $"待办“{task.Title}”的结果 {string.Join("、", missing)} 在目标版本中不存在", $"outcomes {string.Join(", ", missing)} of open task '{task.Title}' do not exist in the target version"));
            }
        }

        foreach (var join in state.JoinArrivals.Keys.Where(j => target.Activities.GetValueOrDefault(j) is not { IsJoin: true }))
        {
            reasons.Add(Diagnostic.Error("workflow.migrate.join", $"$.activities[?(@.id=='{join}')]",
                $"汇合“{join}”有分支已到达，但目标版本中它不是汇合活动", $"join '{join}' has branches waiting, but it is not a join in the target version"));
        }

        return reasons;
    }

    /// <summary>Checks the audit hash chain of one instance (or of every instance when null) and reports the first broken link.</summary>
    public async Task<AuditVerification> VerifyAuditAsync(string? instanceId, CancellationToken cancellationToken)
    {
        var ct = Guard(cancellationToken);
        var ids = instanceId is null ? await _store.ListAuditedInstancesAsync(ct).ConfigureAwait(false) : [instanceId];
        var checkedCount = 0;
        foreach (var id in ids)
        {
            var previous = AuditChain.GenesisHash;
            long expected = 1;
            foreach (var row in await _store.ListAuditAsync(id, ct).ConfigureAwait(false))
            {
                checkedCount++;
                if (row.Sequence != expected || row.PreviousHash != previous || AuditChain.ComputeHash(row) != row.Hash)
                {
                    return new AuditVerification(checkedCount, id, row.Sequence,
                        $"审计记录第 {row.Sequence} 条（实例 {id}）被篡改或缺失", $"audit entry {row.Sequence} of instance {id} was altered or is missing");
                }

                previous = row.Hash;
                expected++;
            }
        }

        return new AuditVerification(checkedCount, null, null, null, null);
    }
}
