using System.Text.RegularExpressions;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>Validation through the engine: its loader, graph validator and publishing checks, mapped back to steps.</summary>
public sealed partial class WorkflowDraft
{
    /// <summary>
    /// Every problem the engine finds in the draft as it stands (the loader's, including the graph validator's, and,
    /// when it loads, those that would stop publishing), each mapped to the step it is about.
    /// </summary>
    public IReadOnlyList<WorkflowDiagnostic> Validate()
    {
        var loaded = WorkflowDefinition.Load(ToJson());
        var diagnostics = loaded.Diagnostics.ToList();
        if (loaded.Definition is { } definition)
        {
            diagnostics.AddRange(definition.ValidateForPublishing());
        }

        var steps = Steps;
        var connections = ConnectionArray;
        return diagnostics
            .OrderBy(d => d.IsError ? 0 : 1)
            .DistinctBy(d => (d.Code, d.Path, d.Line, d.Column))
            .Select(d => new WorkflowDiagnostic(d, StepOf(d.Path, steps, connections)))
            .ToList();
    }

    /// <summary>True when nothing stops publishing.</summary>
    public bool CanPublish => !Validate().Any(d => d.IsError);

    private static string? StepOf(string? path, IReadOnlyList<StepDraft> steps, System.Text.Json.Nodes.JsonArray connections)
    {
        if (path is null)
        {
            return null;
        }

        var match = PathIndex().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (match.Groups["list"].Value == "activities")
        {
            return index < steps.Count && steps[index].Id.Length > 0 ? steps[index].Id : null;
        }

        // A connection's problem belongs to the step it leaves (whose outcomes the editor shows).
        return index < connections.Count && connections[index] is System.Text.Json.Nodes.JsonObject c ? Text(c["from"]) : null;
    }

    [GeneratedRegex(@"^\$\.(?<list>activities|connections)\[(?<index>\d+)\]")]
    private static partial Regex PathIndex();
}
