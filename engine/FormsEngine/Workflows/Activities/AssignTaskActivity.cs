using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Workflows.Activities;

/// <summary>
/// <c>assignTask</c>: a human task with Handlebars <c>title</c> and <c>description</c>, an <c>assignee</c> (role,
/// person or the grid worker of the resident's building, chosen by route conditions), an optional <c>due</c> and
/// <c>sla</c> (ISO 8601 durations) and the <c>outcomes</c> staff may choose. For SLA escalation, <c>building</c> (an
/// expression) and <c>level</c> (0 grid worker, 1 community, 2 street office) place a role or person task in the
/// hierarchy; grid-worker routes are level 0 of their building. The workflow waits on the task's
/// bookmark; <c>comment</c> records a remark without completing the task.
/// </summary>
internal sealed class AssignTaskActivity : WorkflowActivity
{
    public const string TypeName = "assignTask";
    public const string Comment = "comment";

    private static readonly string[] KnownOutcomes = ["approve", "reject", "returnForCorrection", "resubmit", "done", Comment];

    private readonly WorkflowTemplate? _title;
    private readonly WorkflowTemplate? _description;
    private readonly List<AssigneeRoute> _routes;
    private readonly TimeSpan? _due;
    private readonly TimeSpan? _sla;
    private readonly CompiledExpression? _building;
    private readonly int _level;

    private AssignTaskActivity(ActivityParseContext context, List<string> outcomes)
        : base(context.Id, context.Json)
    {
        _title = context.Template("title", required: true);
        _description = context.Template("description", required: false);
        _routes = AssigneeRoute.ParseAll(context);
        _due = context.Duration("due", required: false);
        _sla = context.Duration("sla", required: false);
        _building = context.Expression("building", required: false, condition: false);
        _level = ParseLevel(context);
        AllowedActions = outcomes;
        Outcomes = outcomes.Where(o => o != Comment).ToList();
    }

    public override string Type => TypeName;

    public override IReadOnlyList<string> Outcomes { get; }

    /// <summary>The outcomes plus <c>comment</c> when allowed.</summary>
    public IReadOnlyList<string> AllowedActions { get; }

    public TimeSpan? Sla => _sla;

    private static int ParseLevel(ActivityParseContext context)
    {
        var node = context.Json["level"];
        if (node is null)
        {
            return 0;
        }

        if (node is JsonValue value && value.TryGetValue<int>(out var level) && level >= 0)
        {
            return level;
        }

        context.Error("workflow.assignTask.level", context.Path + ".level",
            "level 必须是非负整数（0 网格员，1 社区，2 街道）", "level must be a non-negative integer (0 grid worker, 1 community, 2 street office)");
        return 0;
    }

    public static WorkflowActivity Parse(ActivityParseContext context)
    {
        var outcomes = new List<string>();
        if (context.Json["outcomes"] is JsonArray array && array.Count > 0)
        {
            for (var i = 0; i < array.Count; i++)
            {
                var name = array[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (name is null || !KnownOutcomes.Contains(name))
                {
                    context.Error("workflow.assignTask.outcome", $"{context.Path}.outcomes[{i}]",
                        $"结果“{name}”无效，可用：{string.Join("、", KnownOutcomes)}", $"outcome '{name}' is invalid; use one of: {string.Join(", ", KnownOutcomes)}");
                    continue;
                }

                outcomes.Add(name);
            }
        }
        else
        {
            context.Error("workflow.assignTask.outcomes", context.Path + ".outcomes",
                $"任务“{context.Id}”需要至少一个结果", $"task '{context.Id}' needs at least one outcome");
        }

        return new AssignTaskActivity(context, outcomes);
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var record = context.Record();
        for (var index = 0; index < _routes.Count; index++)
        {
            var route = _routes[index];
            if (route.When is not null && !(route.When.Evaluate(record).Value is JsonValue w && w.TryGetValue<bool>(out var yes) && yes))
            {
                continue;
            }

            string? building = null;
            Assignee? assignee;
            if (route.Kind == AssigneeRoute.GridWorker)
            {
                var value = route.Building!.Evaluate(record).Value;
                building = Text(value);
                assignee = building is null ? null : await context.Services.Directory.FindGridWorkerAsync(building, cancellationToken).ConfigureAwait(false);
                if (assignee is null && index < _routes.Count - 1)
                {
                    // No grid worker for this building (or no building at all): the next route takes the task.
                    continue;
                }

                if (assignee is null)
                {
                    return ActivityResult.Fault($"楼栋“{building}”找不到网格员", $"no grid worker found for building '{building}'");
                }
            }
            else
            {
                var kind = route.Kind == AssigneeRoute.Role ? AssigneeKind.Role : AssigneeKind.Person;
                var id = route.Value ?? Text(route.ValueExpression!.Evaluate(record).Value);
                if (string.IsNullOrWhiteSpace(id))
                {
                    return ActivityResult.Fault($"任务“{Id}”的处理人表达式没有结果", $"the assignee expression of task '{Id}' gave no value");
                }

                assignee = new Assignee(kind, id, id);
            }

            building ??= _building is null ? null : Text(_building.Evaluate(record).Value);
            CreateTask(context, assignee, building);
            return ActivityResult.Suspend();
        }

        return ActivityResult.Fault($"任务“{Id}”没有符合条件的处理人", $"no assignee route of task '{Id}' applies");
    }

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString();

    private void CreateTask(ActivityContext context, Assignee assignee, string? building)
    {
        var assigneeModel = new JsonObject { ["assignee"] = new JsonObject { ["id"] = assignee.Id, ["name"] = assignee.DisplayName } };
        var model = context.TemplateModel(assigneeModel);
        var task = new WorkflowTaskState
        {
            Id = Guid.CreateVersion7(context.Now).ToString("N"),
            ActivityId = Id,
            TokenId = context.Token.Id,
            Title = _title!.Render(model),
            Description = _description?.Render(model) ?? "",
            AssigneeKind = assignee.Kind,
            AssigneeId = assignee.Id,
            AssigneeName = assignee.DisplayName,
            Building = building,
            EscalationLevel = _level,
            AllowedOutcomes = [.. AllowedActions],
            CreatedAt = context.Now,
            DueAt = _due is { } due ? context.Now + due : null,
            SlaMilliseconds = _sla is { } sla ? (long)sla.TotalMilliseconds : null,
        };
        if (_sla is { } slaSpan)
        {
            task.SlaDeadline = context.Now + slaSpan;
            context.Schedule(TaskEscalator.SlaWorkId(task), "sla", task.Id, task.SlaDeadline.Value);
        }

        context.State.Tasks.Add(task);
        context.Effects.TouchedTasks.Add(task.Id);
        context.Enqueue("inApp", assignee.Id, $"新待办：{task.Title} / New task: {task.Title}");
    }
}
