using System.Globalization;
using System.Text.RegularExpressions;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>
/// The ISO 8601 durations staff set as "N hours" or "N days" (<c>PT4H</c>, <c>P2D</c>). Other spellings the engine
/// accepts (<c>P1DT12H</c>) are shown as they are and kept unless staff change them.
/// </summary>
public static partial class IsoDuration
{
    public const string Hours = "hours";
    public const string Days = "days";

    /// <summary>Reads <c>PnD</c> or <c>PTnH</c>; null for anything else (including empty).</summary>
    public static (int Amount, string Unit)? Parse(string? text)
    {
        var match = text is null ? Match.Empty : Simple().Match(text);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["d"].Success
            ? (int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), Days)
            : (int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture), Hours);
    }

    /// <summary>Writes an amount of hours or days; null for a non-positive amount (no duration).</summary>
    public static string? Format(int amount, string unit) => amount <= 0 ? null
        : unit == Hours ? string.Create(CultureInfo.InvariantCulture, $"PT{amount}H")
        : string.Create(CultureInfo.InvariantCulture, $"P{amount}D");

    [GeneratedRegex(@"^P(?:(?<d>\d{1,4})D|T(?<h>\d{1,5})H)$")]
    private static partial Regex Simple();
}
