using FormsEngine.Diagnostics;

namespace FormsEngine.Rules;

/// <summary>The result of <see cref="RuleSet.Compile(string, RuleSetOptions?)"/>: every diagnostic, and the rule set when there were no errors.</summary>
public sealed class RuleSetCompilation
{
    internal RuleSetCompilation(IReadOnlyList<Diagnostic> diagnostics, RuleSet? ruleSet)
    {
        Diagnostics = diagnostics;
        RuleSet = ruleSet;
    }

    /// <summary>
    /// All problems, each with the JSON path in the rule file (<c>$[0].Rules[2].Rules[1].Expression</c>) and, for
    /// problems inside an expression or a script, the line:column inside it.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the rule set compiled.</summary>
    public bool Succeeded => RuleSet is not null;

    /// <summary>The compiled rule set; null when there were errors.</summary>
    public RuleSet? RuleSet { get; }
}
