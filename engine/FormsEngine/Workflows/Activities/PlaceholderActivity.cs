using System.Text.Json.Nodes;

namespace FormsEngine.Workflows.Activities;

/// <summary>
/// An activity of a type this engine does not know (a newer designer, a plugin that is not installed). Its JSON is
/// kept as it was so a load/save round trip loses nothing; a definition containing one cannot be published.
/// </summary>
internal sealed class PlaceholderActivity : WorkflowActivity
{
    public PlaceholderActivity(string id, string type, JsonObject source)
        : base(id, source) => Type = type;

    public override string Type { get; }

    /// <summary>Unknown: connections from any outcome are accepted.</summary>
    public override IReadOnlyList<string> Outcomes { get; } = [];

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Fault($"活动类型“{Type}”未知，无法执行", $"activity type '{Type}' is unknown and cannot run"));
}
