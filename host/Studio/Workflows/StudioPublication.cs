using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Studio.Workflows;

/// <summary>
/// The mark a studio publication leaves in the published JSON: a top-level <c>publication</c> object
/// (<c>{"origin": "studio", "by": "dongqu.admin", "note": "…"}</c>). The engine's loader ignores properties it does
/// not know, so the mark travels with the version in the durable store without a new table; the version history
/// reads it back, and start-up publishing (<c>WorkflowStartupService</c>) uses it to leave studio versions alone.
/// </summary>
internal static class StudioPublication
{
    public const string Property = "publication";
    public const string StudioOrigin = "studio";

    /// <summary>Stamps <paramref name="document"/> as published from the studio by <paramref name="by"/>.</summary>
    public static void Stamp(JsonObject document, string by, string note, DateTimeOffset at) => document[Property] = new JsonObject
    {
        ["origin"] = StudioOrigin,
        ["by"] = by,
        ["note"] = note,
        ["at"] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Who published a stored version from the studio and why; null when it did not come from the studio.</summary>
    public static (string? By, string? Note)? Read(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject { } document && document[Property] is JsonObject mark && Text(mark["origin"]) == StudioOrigin
                ? (Text(mark["by"]), Text(mark["note"]))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when the stored JSON was published from the studio.</summary>
    public static bool IsFromStudio(string json) => Read(json) is not null;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
