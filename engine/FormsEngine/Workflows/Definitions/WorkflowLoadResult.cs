using FormsEngine.Diagnostics;

namespace FormsEngine.Workflows.Definitions;

/// <summary>The outcome of <see cref="WorkflowDefinition.Load"/>: every diagnostic, and the definition when there were no errors.</summary>
public sealed class WorkflowLoadResult
{
    internal WorkflowLoadResult(WorkflowDefinition? definition, IReadOnlyList<Diagnostic> diagnostics)
    {
        Definition = definition;
        Diagnostics = diagnostics;
    }

    /// <summary>The loaded definition; null when there were errors.</summary>
    public WorkflowDefinition? Definition { get; }

    /// <summary>All problems found, each with a JSON path (and line:col inside expressions) and Chinese/English messages.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when there are no errors.</summary>
    public bool Succeeded => Definition is not null;
}
