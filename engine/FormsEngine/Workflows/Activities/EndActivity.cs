using System.Text.Json.Nodes;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Workflows.Activities;

/// <summary><c>end</c>: ends the whole workflow with a status (e.g. <c>approved</c>), closing open tasks and timers.</summary>
internal sealed class EndActivity : WorkflowActivity
{
    public const string TypeName = "end";

    private readonly string _status;

    private EndActivity(string id, JsonObject source, string status)
        : base(id, source) => _status = status;

    public override string Type => TypeName;

    public override IReadOnlyList<string> Outcomes { get; } = [];

    public static WorkflowActivity Parse(ActivityParseContext context) =>
        new EndActivity(context.Id, context.Json, context.String("status", required: true) ?? "");

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.End(_status));
}
