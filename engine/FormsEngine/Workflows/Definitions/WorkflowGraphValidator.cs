using FormsEngine.Diagnostics;
using FormsEngine.Workflows.Activities;

namespace FormsEngine.Workflows.Definitions;

/// <summary>Checks the flowchart: one trigger, connections that lead somewhere through real outcomes, everything reachable.</summary>
internal static class WorkflowGraphValidator
{
    public static void Validate(List<WorkflowActivity> activities, List<WorkflowConnection> connections, List<Diagnostic> diagnostics)
    {
        var byId = activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var triggers = activities.Where(a => a.IsTrigger).ToList();
        if (activities.Count > 0 && triggers.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("workflow.trigger.missing", "$.activities",
                "流程缺少触发活动（formSubmitted）", "the workflow has no trigger activity (formSubmitted)"));
        }
        else if (triggers.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error("workflow.trigger.multiple", "$.activities",
                "流程只能有一个触发活动", "a workflow has exactly one trigger activity"));
        }

        for (var i = 0; i < connections.Count; i++)
        {
            CheckConnection(connections[i], $"$.connections[{i}]", byId, diagnostics);
        }

        CheckFanOut(connections, byId, diagnostics);
        CheckJoins(activities, connections, diagnostics);
        if (triggers.Count == 1)
        {
            CheckReachable(activities, connections, triggers[0].Id, diagnostics);
        }
    }

    private static void CheckConnection(WorkflowConnection c, string path, Dictionary<string, WorkflowActivity> byId, List<Diagnostic> diagnostics)
    {
        if (!byId.TryGetValue(c.From, out var from))
        {
            diagnostics.Add(Diagnostic.Error("workflow.connection.dangling", path + ".from",
                $"连线起点“{c.From}”不存在", $"connection source '{c.From}' does not exist"));
        }
        else if (from is not PlaceholderActivity && !from.Outcomes.Contains(c.Outcome))
        {
            var known = from.Outcomes.Count == 0 ? "无 / none" : string.Join(", ", from.Outcomes);
            diagnostics.Add(Diagnostic.Error("workflow.connection.unknownOutcome", path + ".outcome",
                $"活动“{c.From}”没有结果“{c.Outcome}”（可用：{known}）", $"activity '{c.From}' has no outcome '{c.Outcome}' (available: {known})"));
        }

        if (!byId.TryGetValue(c.To, out var to))
        {
            diagnostics.Add(Diagnostic.Error("workflow.connection.dangling", path + ".to",
                $"连线终点“{c.To}”不存在", $"connection target '{c.To}' does not exist"));
        }
        else if (to.IsTrigger)
        {
            diagnostics.Add(Diagnostic.Error("workflow.connection.toTrigger", path + ".to",
                "连线不能指向触发活动", "a connection cannot lead into the trigger"));
        }
    }

    private static void CheckFanOut(List<WorkflowConnection> connections, Dictionary<string, WorkflowActivity> byId, List<Diagnostic> diagnostics)
    {
        foreach (var group in connections.GroupBy(c => (c.From, c.Outcome)).Where(g => g.Count() > 1))
        {
            if (byId.TryGetValue(group.Key.From, out var from) && !from.IsParallel && from is not PlaceholderActivity)
            {
                diagnostics.Add(Diagnostic.Error("workflow.connection.fanOut", $"$.connections[{connections.IndexOf(group.ElementAt(1))}]",
                    $"活动“{from.Id}”的结果“{group.Key.Outcome}”连到多个活动；并行请用 fork", $"outcome '{group.Key.Outcome}' of '{from.Id}' leads to several activities; use a fork for parallel branches"));
            }
        }
    }

    private static void CheckJoins(List<WorkflowActivity> activities, List<WorkflowConnection> connections, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i].IsJoin && connections.Where(c => c.To == activities[i].Id).Select(c => c.From).Distinct().Count() < 2)
            {
                diagnostics.Add(Diagnostic.Error("workflow.join.incoming", $"$.activities[{i}]",
                    $"汇合活动“{activities[i].Id}”至少需要两条来自不同活动的连线", $"join '{activities[i].Id}' needs connections from at least two activities"));
            }
        }
    }

    private static void CheckReachable(List<WorkflowActivity> activities, List<WorkflowConnection> connections, string start, List<Diagnostic> diagnostics)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in connections.Where(c => c.From == id).Select(c => c.To))
            {
                if (reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        for (var i = 0; i < activities.Count; i++)
        {
            if (!reached.Contains(activities[i].Id))
            {
                diagnostics.Add(Diagnostic.Error("workflow.activity.unreachable", $"$.activities[{i}]",
                    $"活动“{activities[i].Id}”从触发活动无法到达", $"activity '{activities[i].Id}' cannot be reached from the trigger"));
            }
        }
    }
}
