namespace FormsEngine.Workflows.Persistence;

/// <summary>One workflow instance as stored. Times are Unix milliseconds (UTC) so every database compares them the same way.</summary>
public sealed class InstanceRow
{
    /// <summary>The instance id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The definition id.</summary>
    public string DefinitionId { get; set; } = "";

    /// <summary>The definition version the instance runs on.</summary>
    public int DefinitionVersion { get; set; }

    /// <summary>Running, Waiting, Completed or Faulted.</summary>
    public string Status { get; set; } = "";

    /// <summary>The full state as JSON.</summary>
    public string StateJson { get; set; } = "";

    /// <summary>Optimistic-concurrency token: incremented by every save; a save at a stale version fails.</summary>
    public long Version { get; set; }

    /// <summary>True while the instance has a step ready to run (so a crash mid-run can be resumed).</summary>
    public bool Runnable { get; set; }

    /// <summary>The process that holds the instance while it runs, or null.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When that lease runs out.</summary>
    public long LeaseExpiresAt { get; set; }

    /// <summary>When the instance last changed.</summary>
    public long UpdatedAt { get; set; }
}
