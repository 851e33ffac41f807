namespace FormsEngine.Workflows.Definitions;

/// <summary>An arrow of the flowchart: when <paramref name="From"/> ends with <paramref name="Outcome"/>, run <paramref name="To"/>.</summary>
/// <param name="From">The id of the activity the connection leaves.</param>
/// <param name="Outcome">The named outcome of <paramref name="From"/>, e.g. <c>approve</c>.</param>
/// <param name="To">The id of the activity that runs next.</param>
public sealed record WorkflowConnection(string From, string Outcome, string To);
