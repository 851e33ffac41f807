using FormsEngine.Diagnostics;

namespace FormsEngine.Workflows;

/// <summary>The answer of <see cref="WorkflowRuntime.MigrateAsync"/>: moved, or refused with every reason.</summary>
public sealed class MigrationResult
{
    internal MigrationResult(IReadOnlyList<Diagnostic> reasons) => Reasons = reasons;

    /// <summary>True when the instance now runs on the target version.</summary>
    public bool Succeeded => Reasons.Count == 0;

    /// <summary>Why the migration was refused (bilingual).</summary>
    public IReadOnlyList<Diagnostic> Reasons { get; }
}
