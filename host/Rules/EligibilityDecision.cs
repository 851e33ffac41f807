namespace FormsEngine.Host.Rules;

/// <summary>What a form's eligibility rules decided about one submission, with the resident-facing explanation.</summary>
/// <param name="Outcome"><c>eligible</c> or <c>ineligible</c>.</param>
/// <param name="Explanation">Plain Chinese: the success message, or every unmet condition.</param>
/// <param name="Events">The success events of the rules that held (e.g. 发放高龄补贴).</param>
internal sealed record EligibilityDecision(string Outcome, string Explanation, IReadOnlyList<string> Events)
{
    public const string Eligible = "eligible";
    public const string Ineligible = "ineligible";
}
