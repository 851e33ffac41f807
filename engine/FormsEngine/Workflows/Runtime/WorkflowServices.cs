using FormsEngine.Workflows.Seams;

namespace FormsEngine.Workflows.Runtime;

/// <summary>The collaborators activities may use while they run.</summary>
internal sealed class WorkflowServices
{
    public required TimeProvider TimeProvider { get; init; }

    public required IAssigneeDirectory Directory { get; init; }

    public required IReadOnlyDictionary<string, IRuleEvaluator> Rules { get; init; }
}
