using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>What <see cref="DecisionTableDraft.Load"/> gives: the draft, or why the JSON could not be opened.</summary>
/// <param name="Draft">The draft; null when the JSON is malformed or not an object.</param>
/// <param name="Diagnostics">The problems that stopped the load.</param>
public sealed record DecisionTableLoadResult(DecisionTableDraft? Draft, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>An input or output column.</summary>
/// <param name="Id">The column id.</param>
/// <param name="Label">The Chinese label (or English when there is no Chinese); null when none.</param>
/// <param name="Detail">The input's expression, or the output's type.</param>
public sealed record DecisionColumnDraft(string Id, string? Label, string? Detail)
{
    /// <summary>The label, or the id when there is none.</summary>
    public string Title => string.IsNullOrWhiteSpace(Label) ? Id : Label;
}

/// <summary>One row: its input and output cells as written, and its description.</summary>
/// <param name="Index">The 0-based row number (the engine's <c>$.rules[i]</c>).</param>
/// <param name="InputEntries">One cell per input column.</param>
/// <param name="OutputEntries">One cell per output column.</param>
/// <param name="Description">The row's note; null when none.</param>
public sealed record DecisionRowDraft(int Index, IReadOnlyList<string> InputEntries, IReadOnlyList<string> OutputEntries, string? Description);
