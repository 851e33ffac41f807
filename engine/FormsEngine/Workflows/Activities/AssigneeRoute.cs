using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Workflows.Activities;

/// <summary>
/// One way to choose a task's assignee: <c>{"kind": "role", "value": "社区工作人员"}</c>, <c>{"kind": "person",
/// "value": "zhang.wei"}</c> or <c>{"kind": "gridWorker", "building": "input.楼栋"}</c>, optionally guarded by
/// <c>"when"</c>. A person or role may be computed with <c>"expression"</c> instead of <c>"value"</c>. A grid-worker
/// route whose building has no grid worker falls through to the next route (it faults only when it is the last). The first route
/// whose condition holds wins.
/// </summary>
internal sealed record AssigneeRoute(string Kind, string? Value, CompiledExpression? Building, CompiledExpression? When)
{
    /// <summary>Computes the person or role instead of <see cref="Value"/>, e.g. <c>input.手机号</c> for the applicant.</summary>
    public CompiledExpression? ValueExpression { get; init; }

    public const string Role = "role";
    public const string Person = "person";
    public const string GridWorker = "gridWorker";

    public static List<AssigneeRoute> ParseAll(ActivityParseContext context)
    {
        var routes = new List<AssigneeRoute>();
        var node = context.Json["assignee"];
        var items = node switch
        {
            JsonArray array => array.Select((n, i) => (n, $"{context.Path}.assignee[{i}]")).ToList(),
            JsonObject => [(node, context.Path + ".assignee")],
            _ => [],
        };
        if (items.Count == 0)
        {
            context.Error("workflow.assignTask.assignee", context.Path + ".assignee",
                $"任务“{context.Id}”需要指定处理人", $"task '{context.Id}' needs an assignee");
        }

        foreach (var (item, path) in items)
        {
            if (item is not JsonObject route)
            {
                context.Error("workflow.assignTask.assignee", path, "处理人必须是对象", "an assignee must be an object");
                continue;
            }

            var kind = context.String("kind", required: true, route, path);
            var when = context.Expression("when", required: false, condition: true, route, path);
            switch (kind)
            {
                case Role or Person when route.ContainsKey("expression"):
                    routes.Add(new AssigneeRoute(kind, null, null, when)
                    {
                        ValueExpression = context.Expression("expression", required: true, condition: false, route, path),
                    });
                    break;
                case Role or Person:
                    routes.Add(new AssigneeRoute(kind, context.String("value", required: true, route, path), null, when));
                    break;
                case GridWorker:
                    routes.Add(new AssigneeRoute(kind, null, context.Expression("building", required: true, condition: false, route, path), when));
                    break;
                case not null:
                    context.Error("workflow.assignTask.kind", path + ".kind",
                        $"处理人类型“{kind}”无效，可用 role、person、gridWorker", $"assignee kind '{kind}' is invalid; use role, person or gridWorker");
                    break;
            }
        }

        return routes;
    }
}
