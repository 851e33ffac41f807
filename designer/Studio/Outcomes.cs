using FormsEngine.Designer.Resources;
using Microsoft.Extensions.Localization;

namespace FormsEngine.Designer.Studio;

/// <summary>Display names of rule outcomes and task outcomes.</summary>
internal static class Outcomes
{
    /// <summary><c>eligible</c> → 符合条件; an empty outcome → 未判定; unknown outcomes as they are.</summary>
    public static string Label(IStringLocalizer<StudioText> text, string? outcome)
    {
        if (string.IsNullOrEmpty(outcome))
        {
            return text["OutcomeNone"];
        }

        var label = text["Outcome_" + outcome];
        return label.ResourceNotFound ? outcome : label.Value;
    }
}
