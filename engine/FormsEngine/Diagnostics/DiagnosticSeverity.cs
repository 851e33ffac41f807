namespace FormsEngine.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the document still works.</summary>
    Warning,

    /// <summary>The document cannot be used until this is fixed.</summary>
    Error,
}
