using FormsEngine.Expressions;
using FormsEngine.Rules.Runtime;

namespace FormsEngine.Rules;

/// <summary>
/// One compiled workflow. <see cref="Execute"/> returns RulesEngine-style result trees; <see cref="Evaluate"/> and
/// <see cref="EvaluateOutcomes"/> are the fast paths (no result objects; no allocation at all when the rules use no
/// params or scripts); <see cref="Explain"/> says in plain Chinese why a rule failed. All methods are thread-safe.
/// </summary>
public sealed class RuleWorkflow
{
    private readonly CompiledWorkflow _workflow;
    private readonly ExpressionSchema _inputs;

    internal RuleWorkflow(CompiledWorkflow workflow, ExpressionSchema inputs)
    {
        _workflow = workflow;
        _inputs = inputs;
        RuleNames = [.. workflow.Rules.Select(r => r.Name)];
    }

    /// <summary>The <c>WorkflowName</c>.</summary>
    public string Name => _workflow.Name;

    /// <summary>The enabled top-level rules (own and injected), in order.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>Runs every enabled top-level rule (RulesEngine's <c>ExecuteAllRulesAsync</c>).</summary>
    /// <param name="input">The inputs.</param>
    /// <param name="trace">Also record, for each leaf rule, its condition's value and the fields it read.</param>
    public IReadOnlyList<RuleResultTree> Execute(RuleInput input, bool trace = false)
    {
        var record = Enter(input);
        var results = new RuleResultTree[_workflow.Rules.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = record is null ? Failed(_workflow.Rules[i].Name, input) : _workflow.Rules[i].Execute(record, input, trace);
        }

        return results;
    }

    /// <summary>Runs one top-level rule; throws <see cref="KeyNotFoundException"/> for an unknown rule name.</summary>
    public RuleResultTree ExecuteRule(string ruleName, RuleInput input, bool trace = false)
    {
        var rule = Find(ruleName);
        var record = Enter(input);
        return record is null ? Failed(ruleName, input) : rule.Execute(record, input, trace);
    }

    /// <summary>The fast path for one rule: true when it succeeds.</summary>
    public bool Evaluate(string ruleName, RuleInput input)
    {
        var rule = Find(ruleName);
        var record = Enter(input);
        return record is not null && rule.Test(record);
    }

    /// <summary>
    /// The fast path for the whole workflow: writes each top-level rule's outcome into <paramref name="outcomes"/>
    /// (in <see cref="RuleNames"/> order) and returns how many succeeded. It allocates nothing once each condition has
    /// tiered up to IL (after <c>ExpressionOptions.TierUpAfter</c> evaluations; set it to 0 in
    /// <see cref="RuleSetOptions.Expressions"/> for batch runs), unless rules declare params or are JavaScript.
    /// </summary>
    public int EvaluateOutcomes(RuleInput input, Span<bool> outcomes)
    {
        var rules = _workflow.Rules;
        if (outcomes.Length < rules.Count)
        {
            throw new ArgumentException($"The span needs room for {rules.Count} outcomes.", nameof(outcomes));
        }

        var record = Enter(input);
        var count = 0;
        for (var i = 0; i < rules.Count; i++)
        {
            var success = record is not null && rules[i].Test(record);
            outcomes[i] = success;
            count += success ? 1 : 0;
        }

        return count;
    }

    /// <summary>Runs one rule with tracing and explains the outcome for a resident (see <see cref="RuleExplanation"/>).</summary>
    public RuleExplanation Explain(string ruleName, RuleInput input) => RuleExplanation.From(ExecuteRule(ruleName, input, trace: true));

    /// <summary>Explains every enabled top-level rule and decides the workflow as a whole (see <see cref="RuleWorkflowDecision"/>).</summary>
    public RuleWorkflowDecision Decide(RuleInput input) => RuleWorkflowDecision.From([.. RuleNames.Select(name => Explain(name, input))]);

    internal void WarmUp()
    {
        foreach (var param in _workflow.Scope.Params)
        {
            param.WarmUp();
        }

        foreach (var rule in _workflow.Rules)
        {
            rule.WarmUp();
        }
    }

    private CompiledRule Find(string ruleName) =>
        _workflow.Find(ruleName) ?? throw new KeyNotFoundException($"Workflow '{Name}' has no enabled rule '{ruleName}'.");

    /// <summary>The workflow's record: the inputs, plus GlobalParams when there are any; null when a GlobalParam fails.</summary>
    private ExpressionRecord? Enter(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ReferenceEquals(input.Record.Schema, _inputs))
        {
            throw new ArgumentException("The input was created by a different rule set.", nameof(input));
        }

        if (_workflow.Scope.Params.Count == 0)
        {
            return input.Record;
        }

        try
        {
            return _workflow.Scope.Enter(input.Record);
        }
        catch (Expressions.Runtime.ExpressionRuntimeException)
        {
            return null;
        }
    }

    private RuleResultTree Failed(string ruleName, RuleInput input)
    {
        string message;
        try
        {
            _workflow.Scope.Enter(input.Record);
            message = "";
        }
        catch (Expressions.Runtime.ExpressionRuntimeException ex)
        {
            message = $"GlobalParams：{ex.MessageZh} / GlobalParams: {ex.MessageEn}";
        }

        return new RuleResultTree(ruleName, false) { ExceptionMessage = message };
    }
}
