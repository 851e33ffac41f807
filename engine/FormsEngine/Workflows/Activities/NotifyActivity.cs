using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Workflows.Activities;

/// <summary>
/// <c>notify</c>: renders a Handlebars <c>template</c> into the outbox for <c>channel</c> (<c>inApp</c>, <c>sms</c>,
/// <c>wechat</c>, …) and the recipient computed by the <c>to</c> expression (e.g. <c>input.手机号</c>). Rendering is part
/// of the step's transaction; delivery is the dispatcher's job.
/// </summary>
internal sealed class NotifyActivity : WorkflowActivity
{
    public const string TypeName = "notify";

    private readonly string _channel;
    private readonly CompiledExpression? _to;
    private readonly WorkflowTemplate? _template;

    private NotifyActivity(string id, JsonObject source, string channel, CompiledExpression? to, WorkflowTemplate? template)
        : base(id, source)
    {
        _channel = channel;
        _to = to;
        _template = template;
    }

    public override string Type => TypeName;

    public override IReadOnlyList<string> Outcomes { get; } = ["done"];

    public static WorkflowActivity Parse(ActivityParseContext context) => new NotifyActivity(
        context.Id,
        context.Json,
        context.String("channel", required: true) ?? "",
        context.Expression("to", required: true, condition: false),
        context.Template("template", required: true));

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var to = _to!.Evaluate(context.Record());
        var recipient = to.IsSuccess && to.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : to.Value?.ToJsonString();
        if (string.IsNullOrWhiteSpace(recipient))
        {
            return ValueTask.FromResult(ActivityResult.Fault(
                $"通知“{Id}”没有收件人（{_to.Source}）", $"notification '{Id}' has no recipient ({_to.Source})"));
        }

        context.Enqueue(_channel, recipient, _template!.Render(context.TemplateModel()));
        return ValueTask.FromResult(ActivityResult.Complete("done"));
    }
}
