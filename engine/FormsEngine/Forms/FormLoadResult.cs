using FormsEngine.Diagnostics;

namespace FormsEngine.Forms;

/// <summary>What <see cref="FormDefinition.Load(string, FormLoadOptions?)"/> found: the form, or every problem.</summary>
public sealed class FormLoadResult
{
    internal FormLoadResult(FormDefinition? form, IReadOnlyList<Diagnostic> diagnostics)
    {
        Form = form;
        Diagnostics = diagnostics;
    }

    /// <summary>The loaded form; null when any diagnostic is an error.</summary>
    public FormDefinition? Form { get; }

    /// <summary>Every error and warning, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the form loaded (warnings allowed).</summary>
    public bool Success => Form is not null;
}
