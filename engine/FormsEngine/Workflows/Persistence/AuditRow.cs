namespace FormsEngine.Workflows.Persistence;

/// <summary>One append-only audit entry: who did what when, before and after, chained by SHA-256 per instance.</summary>
public sealed class AuditRow
{
    /// <summary>Database key.</summary>
    public long Id { get; set; }

    /// <summary>The instance.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>1, 2, 3, … within the instance.</summary>
    public long Sequence { get; set; }

    /// <summary>When (Unix ms).</summary>
    public long At { get; set; }

    /// <summary>Who: an account id, or <c>system</c>.</summary>
    public string Actor { get; set; } = "";

    /// <summary>What kind of event: <c>step</c>, <c>task.complete</c>, <c>task.comment</c>, <c>task.escalate</c>, <c>migrate</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>What it concerns: an activity or task id.</summary>
    public string Subject { get; set; } = "";

    /// <summary>State before, as JSON.</summary>
    public string Before { get; set; } = "";

    /// <summary>State after, as JSON.</summary>
    public string After { get; set; } = "";

    /// <summary>The hash of the previous entry of the instance (64 zeros for the first).</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>SHA-256 of this entry's fields and <see cref="PreviousHash"/>.</summary>
    public string Hash { get; set; } = "";
}
