namespace FormsEngine.Rules;

/// <summary>
/// Why a rule succeeded or failed, for residents: the rendered <c>ErrorMessage</c>s of the rules that failed (a parent's
/// own message first, then its failed children's), or the <c>SuccessMessage</c>; plus the full traced result for staff.
/// </summary>
public sealed class RuleExplanation
{
    private RuleExplanation(RuleResultTree trace, IReadOnlyList<string> reasons)
    {
        Trace = trace;
        Reasons = reasons;
    }

    /// <summary>True when the rule succeeded.</summary>
    public bool IsSuccess => Trace.IsSuccess;

    /// <summary>Each reason as one sentence, e.g. 年龄需满 80 周岁（您的年龄：72 岁）.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>The reasons joined with “；” — what the resident sees.</summary>
    public string Text => string.Join("；", Reasons);

    /// <summary>The full result tree with every leaf condition's value and the fields it read (for staff).</summary>
    public RuleResultTree Trace { get; }

    internal static RuleExplanation From(RuleResultTree result)
    {
        var reasons = new List<string>();
        if (result.IsSuccess)
        {
            if (!string.IsNullOrEmpty(result.SuccessMessage))
            {
                reasons.Add(result.SuccessMessage);
            }
        }
        else
        {
            CollectFailures(result, reasons);
        }

        return new RuleExplanation(result, reasons);
    }

    private static void CollectFailures(RuleResultTree node, List<string> reasons)
    {
        if (!string.IsNullOrEmpty(node.ErrorMessage) && !reasons.Contains(node.ErrorMessage))
        {
            reasons.Add(node.ErrorMessage);
        }

        foreach (var child in node.ChildResults.Where(c => !c.IsSuccess))
        {
            CollectFailures(child, reasons);
        }
    }
}
