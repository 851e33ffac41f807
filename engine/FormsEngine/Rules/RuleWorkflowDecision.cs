namespace FormsEngine.Rules;

/// <summary>
/// A whole workflow's verdict on one input, as a form's eligibility uses it: success when every enabled top-level rule
/// succeeds; the text the resident sees is the success messages then, else the reasons of the rules that failed.
/// The receipt and the studio's test panel both take it from here, so they cannot disagree.
/// </summary>
public sealed class RuleWorkflowDecision
{
    private RuleWorkflowDecision(IReadOnlyList<RuleExplanation> rules)
    {
        Rules = rules;
        IsSuccess = rules.All(r => r.IsSuccess);
        Events = [.. rules.Where(r => r.IsSuccess).Select(r => r.Trace.SuccessEvent).OfType<string>().Where(e => e.Length > 0)];
        Text = string.Join("；", rules.Where(r => r.IsSuccess == IsSuccess).SelectMany(r => r.Reasons));
    }

    /// <summary>True when every top-level rule succeeded.</summary>
    public bool IsSuccess { get; }

    /// <summary>Each top-level rule's explanation (with its traced result tree), in workflow order.</summary>
    public IReadOnlyList<RuleExplanation> Rules { get; }

    /// <summary>The success events of the rules that succeeded.</summary>
    public IReadOnlyList<string> Events { get; }

    /// <summary>The resident-facing text, reasons joined with “；”.</summary>
    public string Text { get; }

    internal static RuleWorkflowDecision From(IReadOnlyList<RuleExplanation> rules) => new(rules);
}
