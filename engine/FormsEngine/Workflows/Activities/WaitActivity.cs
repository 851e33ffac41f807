using System.Text.Json.Nodes;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Workflows.Activities;

/// <summary><c>wait</c>: a timer, for a <c>duration</c> (ISO 8601, e.g. <c>P1D</c>) or <c>until</c> a moment.</summary>
internal sealed class WaitActivity : WorkflowActivity
{
    public const string TypeName = "wait";

    private readonly TimeSpan? _duration;
    private readonly DateTimeOffset? _until;

    private WaitActivity(string id, JsonObject source, TimeSpan? duration, DateTimeOffset? until)
        : base(id, source)
    {
        _duration = duration;
        _until = until;
    }

    public override string Type => TypeName;

    public override IReadOnlyList<string> Outcomes { get; } = ["done"];

    /// <summary>The scheduled-work id of a token's timer; token ids repeat across instances, so the instance is part of it.</summary>
    public static string TimerWorkId(string instanceId, string tokenId) => $"timer:{instanceId}:{tokenId}";

    public static WorkflowActivity Parse(ActivityParseContext context)
    {
        if (context.Json.ContainsKey("duration") == context.Json.ContainsKey("until"))
        {
            context.Error("workflow.wait.source", context.Path,
                $"等待活动“{context.Id}”需要 duration 或 until 二者之一", $"wait activity '{context.Id}' needs exactly one of duration or until");
        }

        return new WaitActivity(context.Id, context.Json, context.Duration("duration", required: false), context.Instant("until"));
    }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var due = _until ?? context.Now + (_duration ?? TimeSpan.Zero);
        context.Schedule(TimerWorkId(context.State.Id, context.Token.Id), "timer", context.Token.Id, due);
        return ValueTask.FromResult(ActivityResult.Suspend());
    }
}
