using FormsEngine.Rules.Loading;

namespace FormsEngine.Rules.Compilation;

/// <summary>
/// Applies <c>WorkflowsToInject</c>: a workflow gets the GlobalParams (first) and Rules (after its own) of the
/// workflows it injects, transitively. Missing workflows and cycles are reported with the path of the reference.
/// </summary>
internal static class InjectionResolver
{
    public static WorkflowModel Resolve(WorkflowModel workflow, IReadOnlyDictionary<string, WorkflowModel> byName, DiagnosticSink sink)
    {
        var globals = new List<ParamModel>();
        var rules = new List<RuleModel>(workflow.Rules);
        var visited = new HashSet<string>(StringComparer.Ordinal) { workflow.Name };
        Collect(workflow, byName, sink, [workflow.Name], visited, globals, rules);
        globals.AddRange(workflow.GlobalParams);
        return workflow with { GlobalParams = globals, Rules = rules };
    }

    private static void Collect(
        WorkflowModel workflow,
        IReadOnlyDictionary<string, WorkflowModel> byName,
        DiagnosticSink sink,
        List<string> stack,
        HashSet<string> visited,
        List<ParamModel> globals,
        List<RuleModel> rules)
    {
        foreach (var (name, path) in workflow.WorkflowsToInject)
        {
            if (stack.Contains(name, StringComparer.Ordinal))
            {
                sink.Add(RuleDiagnostics.InjectionCycle(path, string.Join(" → ", stack.Append(name))));
                continue;
            }

            if (!byName.TryGetValue(name, out var injected))
            {
                sink.Add(RuleDiagnostics.MissingWorkflow(path, name));
                continue;
            }

            if (!visited.Add(name))
            {
                continue;
            }

            stack.Add(name);
            Collect(injected, byName, sink, stack, visited, globals, rules);
            stack.RemoveAt(stack.Count - 1);
            globals.AddRange(injected.GlobalParams);
            rules.AddRange(injected.Rules);
        }
    }
}
