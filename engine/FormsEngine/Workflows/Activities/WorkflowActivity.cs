using System.Text.Json.Nodes;

namespace FormsEngine.Workflows.Activities;

/// <summary>
/// The base of every activity: an id, its original JSON (written back unchanged on save), the outcomes it can
/// leave through, and what it does when a token reaches it.
/// </summary>
internal abstract class WorkflowActivity
{
    protected WorkflowActivity(string id, JsonObject source)
    {
        Id = id;
        Source = source;
    }

    public string Id { get; }

    public JsonObject Source { get; }

    public abstract string Type { get; }

    public abstract IReadOnlyList<string> Outcomes { get; }

    /// <summary>True for the trigger that starts the workflow.</summary>
    public virtual bool IsTrigger => false;

    /// <summary>True when one outcome may lead to several activities at once (fork).</summary>
    public virtual bool IsParallel => false;

    /// <summary>True when the activity waits for every incoming branch (join).</summary>
    public virtual bool IsJoin => false;

    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}
