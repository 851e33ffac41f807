using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>Reading and writing one step's JSON for the step editors (lenient: a half-finished step is fine).</summary>
public static class StepJson
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses a step; an empty object when the text is not a JSON object.</summary>
    public static JsonObject Parse(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The step as indented JSON.</summary>
    public static string Write(JsonObject step) => step.ToJsonString(Options);

    /// <summary>The text of <paramref name="name"/>, or null.</summary>
    public static string? Text(JsonObject step, string name) => WorkflowDraft.Text(step[name]);

    /// <summary>Sets <paramref name="name"/> to a text, removing it when blank (optional properties stay absent).</summary>
    public static void SetText(JsonObject step, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            step.Remove(name);
        }
        else
        {
            step[name] = value;
        }
    }
}
