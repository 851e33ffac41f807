using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;

namespace FormsEngine.Designer.FormEditing;

/// <summary>The result of <see cref="FormDraft.Validate"/>: every problem, and the loaded and compiled form when it loads.</summary>
public sealed class DraftValidation
{
    internal DraftValidation(IReadOnlyList<DraftDiagnostic> diagnostics, FormDefinition? form, CompiledForm? compiled)
    {
        Diagnostics = diagnostics;
        Form = form;
        Compiled = compiled;
    }

    /// <summary>Every error and warning, load problems first.</summary>
    public IReadOnlyList<DraftDiagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The form as the engine loads it; null when it does not load.</summary>
    public FormDefinition? Form { get; }

    /// <summary>The compiled form (check <see cref="CompiledForm.Succeeded"/>); null when the form does not load.</summary>
    public CompiledForm? Compiled { get; }

    /// <summary>The diagnostics about <paramref name="field"/>.</summary>
    public IEnumerable<DraftDiagnostic> For(FieldDraft field) => Diagnostics.Where(d => ReferenceEquals(d.Field, field));

    /// <summary>The form-level diagnostics (no field).</summary>
    public IEnumerable<DraftDiagnostic> FormLevel => Diagnostics.Where(d => d.Field is null);
}
