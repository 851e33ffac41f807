namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>An arrow of the flowchart: when step <paramref name="From"/> ends with <paramref name="Outcome"/>, step <paramref name="To"/> runs.</summary>
public sealed record ConnectionDraft(string From, string Outcome, string To);
