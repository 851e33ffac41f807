using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>What <see cref="RuleSetDraft.Load"/> gives: the draft, or why the JSON could not be opened at all.</summary>
/// <param name="Draft">The draft; null only when the JSON is malformed or neither an object nor an array.</param>
/// <param name="Diagnostics">The problems that stopped the load (empty on success).</param>
public sealed record RuleSetLoadResult(RuleSetDraft? Draft, IReadOnlyList<Diagnostic> Diagnostics);
