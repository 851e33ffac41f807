using System.Text.Json.Nodes;

namespace FormsEngine.Designer.FormEditing;

/// <summary>The rule set that decides the form's eligibility (<c>eligibility.ruleSet</c>), set and cleared as one undo step.</summary>
public sealed partial class FormDraft
{
    /// <summary>The id of the eligibility rule set, or null when the form has none.</summary>
    public string? EligibilityRuleSet =>
        _form["eligibility"] is JsonObject eligibility && eligibility["ruleSet"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;

    /// <summary>Makes <paramref name="ruleSetId"/> decide eligibility (keeping a chosen RulesEngine workflow name); null removes eligibility.</summary>
    public void SetEligibility(string? ruleSetId)
    {
        if (string.IsNullOrWhiteSpace(ruleSetId))
        {
            SetFormProperty("eligibility", null);
            return;
        }

        var eligibility = _form["eligibility"] is JsonObject current ? (JsonObject)current.DeepClone() : [];
        eligibility["ruleSet"] = ruleSetId.Trim();
        SetFormProperty("eligibility", eligibility);
    }
}
