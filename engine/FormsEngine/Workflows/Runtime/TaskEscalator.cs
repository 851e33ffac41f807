using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Workflows.Activities;
using FormsEngine.Workflows.Persistence;

namespace FormsEngine.Workflows.Runtime;

/// <summary>
/// Moves an overdue task one level up the hierarchy (grid worker → community staff → street office), records the
/// escalation, notifies the new assignee and starts the next SLA period.
/// </summary>
internal static class TaskEscalator
{
    public static string SlaWorkId(WorkflowTaskState task) =>
        string.Create(CultureInfo.InvariantCulture, $"sla:{task.Id}:{task.EscalationLevel}");

    public static async Task EscalateAsync(WorkflowInstanceState state, WorkflowTaskState task, WorkflowServices services, StepEffects effects, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var level = task.EscalationLevel + 1;
        var target = task.Building is null ? null
            : await services.Directory.FindEscalationTargetAsync(task.Building, level, cancellationToken).ConfigureAwait(false);
        var before = Describe(task);
        if (target is null)
        {
            effects.Audit.Add(Entry(now, "task.escalate.top", task, before, before));
            return;
        }

        var previous = task.AssigneeName;
        task.EscalationLevel = level;
        task.AssigneeKind = target.Kind;
        task.AssigneeId = target.Id;
        task.AssigneeName = target.DisplayName;
        task.SlaDeadline = now + TimeSpan.FromMilliseconds(task.SlaMilliseconds ?? 0);
        effects.TouchedTasks.Add(task.Id);
        effects.NewWork.Add(new ScheduledWorkRow
        {
            Id = SlaWorkId(task),
            InstanceId = state.Id,
            Kind = "sla",
            TargetId = task.Id,
            DueAt = task.SlaDeadline.Value.ToUnixTimeMilliseconds(),
        });
        effects.Outbox.Add(new OutboxRow
        {
            IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"{state.Id}:escalate:{task.Id}:{level}"),
            InstanceId = state.Id,
            Channel = "inApp",
            Recipient = target.Id,
            Body = $"任务已超时升级给您：{task.Title}（原处理人 {previous}） / Overdue task escalated to you: {task.Title} (was {previous})",
            CreatedAt = now.ToUnixTimeMilliseconds(),
        });
        effects.Audit.Add(Entry(now, "task.escalate", task, before, Describe(task)));
    }

    private static AuditRow Entry(DateTimeOffset now, string action, WorkflowTaskState task, string before, string after) => new()
    {
        At = now.ToUnixTimeMilliseconds(),
        Actor = "system",
        Action = action,
        Subject = task.Id,
        Before = before,
        After = after,
    };

    private static string Describe(WorkflowTaskState task) => new JsonObject
    {
        ["assignee"] = task.AssigneeId,
        ["level"] = task.EscalationLevel,
        ["activity"] = task.ActivityId,
        ["slaDeadline"] = task.SlaDeadline?.ToString("O", CultureInfo.InvariantCulture),
    }.ToJsonString(WorkflowJson.Readable);

    /// <summary>Type guard used by migration: an open task must still point at an assign-task activity.</summary>
    public static bool IsTaskActivity(WorkflowActivity? activity) => activity is AssignTaskActivity;
}
