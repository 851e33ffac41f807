using System.Text.Json.Nodes;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Workflows.Activities;

/// <summary><c>join</c>: waits until a branch has arrived from every incoming connection, then continues once.</summary>
internal sealed class JoinActivity : WorkflowActivity
{
    public const string TypeName = "join";

    private JoinActivity(string id, JsonObject source)
        : base(id, source)
    {
    }

    public override string Type => TypeName;

    public override IReadOnlyList<string> Outcomes { get; } = ["done"];

    public override bool IsJoin => true;

    public static WorkflowActivity Parse(ActivityParseContext context) => new JoinActivity(context.Id, context.Json);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var arrivals = context.State.JoinArrivals;
        if (!arrivals.TryGetValue(Id, out var arrived))
        {
            arrivals[Id] = arrived = [];
        }

        var from = context.Token.FromActivityId ?? "";
        if (!arrived.Contains(from))
        {
            arrived.Add(from);
        }

        if (!context.Definition.IncomingSources(Id).All(arrived.Contains))
        {
            return ValueTask.FromResult(ActivityResult.Consume());
        }

        arrivals.Remove(Id);
        return ValueTask.FromResult(ActivityResult.Complete("done"));
    }
}
