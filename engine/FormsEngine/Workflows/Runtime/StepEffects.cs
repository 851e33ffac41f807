using FormsEngine.Workflows.Persistence;

namespace FormsEngine.Workflows.Runtime;

/// <summary>The side effects one step produced, to be saved with the instance in the same transaction.</summary>
internal sealed class StepEffects
{
    public HashSet<string> TouchedTasks { get; } = new(StringComparer.Ordinal);

    public List<OutboxRow> Outbox { get; } = [];

    public List<ScheduledWorkRow> NewWork { get; } = [];

    public List<string> FinishedWork { get; } = [];

    /// <summary>Audit entries not yet linked into the chain.</summary>
    public List<AuditRow> Audit { get; } = [];
}
