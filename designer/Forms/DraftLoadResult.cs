using FormsEngine.Diagnostics;

namespace FormsEngine.Designer.FormEditing;

/// <summary>What <see cref="FormDraft.Load"/> gives: the draft, or why the JSON could not be opened at all.</summary>
/// <param name="Draft">The draft; null only when the JSON is malformed or not an object.</param>
/// <param name="Diagnostics">The problems that stopped the load (empty on success).</param>
public sealed record DraftLoadResult(FormDraft? Draft, IReadOnlyList<Diagnostic> Diagnostics);
