namespace FormsEngine.Workflows.Persistence;

/// <summary>A published definition version; published versions never change.</summary>
public sealed class DefinitionRow
{
    /// <summary>The definition id.</summary>
    public string DefinitionId { get; set; } = "";

    /// <summary>The version.</summary>
    public int Version { get; set; }

    /// <summary>The definition JSON as published.</summary>
    public string Json { get; set; } = "";

    /// <summary>When it was published (Unix ms).</summary>
    public long PublishedAt { get; set; }
}
