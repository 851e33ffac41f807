using System.Text.Json.Nodes;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Workflows.Activities;

/// <summary><c>fork</c>: starts every branch connected to its <c>done</c> outcome at once.</summary>
internal sealed class ForkActivity : WorkflowActivity
{
    public const string TypeName = "fork";

    private ForkActivity(string id, JsonObject source)
        : base(id, source)
    {
    }

    public override string Type => TypeName;

    public override IReadOnlyList<string> Outcomes { get; } = ["done"];

    public override bool IsParallel => true;

    public static WorkflowActivity Parse(ActivityParseContext context) => new ForkActivity(context.Id, context.Json);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Complete("done"));
}
