using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Rules.Loading;
using FormsEngine.Rules.Runtime;

namespace FormsEngine.Rules.Compilation;

/// <summary>
/// Turns the workflows read from a rule file into compiled workflows: resolves <c>WorkflowsToInject</c>, builds the
/// scopes (inputs → GlobalParams → LocalParams), compiles every rule, then links <c>EvaluateRule</c> actions.
/// </summary>
internal sealed class RuleSetCompiler
{
    private readonly RuleSetOptions _options;
    private readonly DiagnosticSink _sink;
    private readonly ActionCompiler _actions;
    private readonly RuleCompiler _rules;
    private readonly Dictionary<string, WorkflowModel> _effective = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CompiledWorkflow> _compiled = new(StringComparer.Ordinal);

    public RuleSetCompiler(RuleSetOptions options, DiagnosticSink sink)
    {
        _options = options;
        _sink = sink;
        _actions = new ActionCompiler(options, sink);
        _rules = new RuleCompiler(options, sink, _actions);
    }

    public List<CompiledWorkflow> Compile(IReadOnlyList<WorkflowModel> workflows, ExpressionSchema inputs)
    {
        var byName = new Dictionary<string, WorkflowModel>(StringComparer.Ordinal);
        foreach (var workflow in workflows)
        {
            if (!byName.TryAdd(workflow.Name, workflow))
            {
                _sink.Add(RuleDiagnostics.DuplicateWorkflow(JsonProps.Child(workflow.Path, "WorkflowName"), workflow.Name));
            }
        }

        var calledOnly = CalledWithAdditionalInputs(byName.Values);
        var root = new RuleScope(inputs, null, []);
        var scopes = new ScopeBuilder(_options.Expressions, _sink);
        var result = new List<CompiledWorkflow>();
        foreach (var model in byName.Values)
        {
            var workflow = InjectionResolver.Resolve(model, byName, _sink);
            _effective[workflow.Name] = workflow;
            var scope = workflow.GlobalParams.Count > 0 ? scopes.Build(root, workflow.GlobalParams) : root;
            var rules = new List<CompiledRule>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in workflow.Rules)
            {
                if (!names.Add(rule.Name))
                {
                    _sink.Add(RuleDiagnostics.DuplicateRule(JsonProps.Child(rule.Path, "RuleName"), rule.Name));
                }

                var compiled = calledOnly.TryGetValue((workflow.Name, rule.Name), out var passed)
                    ? new CompiledRule
                    {
                        Name = rule.Name,
                        Scope = scope,
                        Properties = rule.Properties,
                        Unavailable = $"此规则需要由 EvaluateRule 传入的 {passed}，不能单独运行 / this rule needs {passed} from an EvaluateRule action and cannot run on its own",
                    }
                    : _rules.Compile(rule, scope, (workflow.Name, rule.Name));
                if (rule.Enabled)
                {
                    rules.Add(compiled);
                }
            }

            var compiledWorkflow = new CompiledWorkflow(workflow.Name, scope, rules);
            _compiled[workflow.Name] = compiledWorkflow;
            result.Add(compiledWorkflow);
        }

        Link(scopes);
        return result;
    }

    /// <summary>The rules that EvaluateRule actions call with additionalInputs, with the names they pass.</summary>
    private static Dictionary<(string, string), string> CalledWithAdditionalInputs(IEnumerable<WorkflowModel> workflows)
    {
        var result = new Dictionary<(string, string), string>();
        foreach (var action in workflows.SelectMany(w => w.Rules).SelectMany(Flatten).SelectMany(r => new[] { r.OnSuccess, r.OnFailure }))
        {
            if (action is not { Name: "EvaluateRule", Context: { } context }
                || !JsonProps.TryGet(context, "additionalInputs", out _, out var inputs) || inputs is not JsonArray { Count: > 0 } array
                || !JsonProps.TryGet(context, "workflowName", out _, out var workflow) || !JsonProps.TryGet(context, "ruleName", out _, out var rule)
                || workflow is not JsonValue w || !w.TryGetValue<string>(out var workflowName)
                || rule is not JsonValue r || !r.TryGetValue<string>(out var ruleName))
            {
                continue;
            }

            var names = array.OfType<JsonObject>()
                .Select(i => JsonProps.TryGet(i, "Name", out _, out var n) && n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
                .OfType<string>();
            result[(workflowName, ruleName)] = string.Join("、", names);
        }

        return result;
    }

    private static IEnumerable<RuleModel> Flatten(RuleModel rule) => rule.Rules.SelectMany(Flatten).Prepend(rule);

    private void Link(ScopeBuilder scopes)
    {
        var edges = new List<(PendingEvaluateRule Pending, bool Valid)>();
        foreach (var pending in _actions.Pending)
        {
            edges.Add((pending, Check(pending)));
        }

        if (ReportCycles([.. edges.Where(e => e.Valid).Select(e => e.Pending)]))
        {
            return;
        }

        // Compiling a target with additional inputs may queue the target's own EvaluateRule actions; the graph has no
        // cycles, so this ends.
        for (var i = 0; i < _actions.Pending.Count; i++)
        {
            var pending = _actions.Pending[i];
            if (!Check(pending))
            {
                continue;
            }

            var workflow = _compiled[pending.Workflow];
            pending.Action.WorkflowScope = workflow.Scope;
            if (pending.AdditionalInputs.Count == 0)
            {
                pending.Action.TargetScope = workflow.Scope;
                pending.Action.Target = workflow.Find(pending.Rule);
                continue;
            }

            var scope = scopes.Build(workflow.Scope, [], pending.AdditionalInputs);
            var model = _effective[pending.Workflow].Rules.First(r => r.Name == pending.Rule);
            pending.Action.TargetScope = scope;
            pending.Action.Target = _rules.Compile(model, scope, (pending.Workflow, pending.Rule));
        }
    }

    private bool Check(PendingEvaluateRule pending)
    {
        if (!_effective.TryGetValue(pending.Workflow, out var workflow))
        {
            _sink.Add(RuleDiagnostics.MissingWorkflow(pending.WorkflowPath, pending.Workflow));
            return false;
        }

        if (!workflow.Rules.Any(r => r.Name == pending.Rule && r.Enabled))
        {
            _sink.Add(RuleDiagnostics.MissingRule(pending.RulePath, pending.Workflow, pending.Rule));
            return false;
        }

        return true;
    }

    private bool ReportCycles(List<PendingEvaluateRule> edges)
    {
        var graph = edges.GroupBy(e => e.Origin).ToDictionary(g => g.Key, g => g.ToList());
        var done = new HashSet<(string, string)>();
        var found = false;
        foreach (var start in graph.Keys)
        {
            found |= Visit(start, graph, [], done);
        }

        return found;
    }

    private bool Visit((string Workflow, string Rule) node, Dictionary<(string, string), List<PendingEvaluateRule>> graph, List<(string Workflow, string Rule)> stack, HashSet<(string, string)> done)
    {
        if (done.Contains(node) || !graph.TryGetValue(node, out var outgoing))
        {
            return false;
        }

        stack.Add(node);
        var found = false;
        foreach (var edge in outgoing)
        {
            var target = (edge.Workflow, edge.Rule);
            var at = stack.IndexOf(target);
            if (at >= 0)
            {
                var cycle = string.Join(" → ", stack.Skip(at).Append(target).Select(n => $"{n.Workflow}.{n.Rule}"));
                _sink.Add(RuleDiagnostics.EvaluateRuleCycle(edge.RulePath, cycle));
                found = true;
                continue;
            }

            found |= Visit(target, graph, stack, done);
        }

        stack.RemoveAt(stack.Count - 1);
        done.Add(node);
        return found;
    }
}
