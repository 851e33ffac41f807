using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Runtime;

namespace FormsEngine.Workflows.Activities;

/// <summary>What an activity sees during one step: the instance, its token, the clock, services and the step's effects.</summary>
internal sealed class ActivityContext
{
    private ExpressionRecord? _record;

    public ActivityContext(WorkflowDefinition definition, WorkflowInstanceState state, WorkflowToken token, WorkflowServices services, StepEffects effects, DateTimeOffset now)
    {
        Definition = definition;
        State = state;
        Token = token;
        Services = services;
        Effects = effects;
        Now = now;
    }

    public WorkflowDefinition Definition { get; }

    public WorkflowInstanceState State { get; }

    public WorkflowToken Token { get; }

    public WorkflowServices Services { get; }

    public StepEffects Effects { get; }

    public DateTimeOffset Now { get; }

    /// <summary>The workflow data as an expression record (<c>input</c>, <c>status</c>), rebuilt after changes.</summary>
    public ExpressionRecord Record() => _record ??= ExpressionRecordLoader.Load(Definition.Schema, State.Data);

    public void DataChanged() => _record = null;

    /// <summary>The Handlebars model: <c>input</c>, <c>status</c>, <c>instance.id</c>, plus <paramref name="extra"/>.</summary>
    public JsonObject TemplateModel(JsonObject? extra = null) => BuildTemplateModel(State, extra);

    public static JsonObject BuildTemplateModel(WorkflowInstanceState state, JsonObject? extra)
    {
        var model = (JsonObject)state.Data.DeepClone();
        model["instance"] = new JsonObject { ["id"] = state.Id, ["definition"] = state.DefinitionId };
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                model[key] = value?.DeepClone();
            }
        }

        return model;
    }

    public void Schedule(string id, string kind, string targetId, DateTimeOffset dueAt) => Effects.NewWork.Add(new ScheduledWorkRow
    {
        Id = id,
        InstanceId = State.Id,
        Kind = kind,
        TargetId = targetId,
        DueAt = dueAt.ToUnixTimeMilliseconds(),
    });

    /// <summary>Renders into the outbox with a key that is the same if this step is ever run again.</summary>
    public void Enqueue(string channel, string recipient, string body) => Effects.Outbox.Add(new OutboxRow
    {
        IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"{State.Id}:{State.Steps}:{Token.ActivityId}:{channel}:{recipient}"),
        InstanceId = State.Id,
        Channel = channel,
        Recipient = recipient,
        Body = body,
        CreatedAt = Now.ToUnixTimeMilliseconds(),
    });
}
