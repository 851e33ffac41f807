using System.Text.Json.Nodes;
using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Workflows.Activities;

/// <summary>
/// <c>formSubmitted</c>: the trigger. The submission arrives as the workflow input (<c>input.*</c>); the optional
/// <c>form</c> names the form whose submissions start the workflow.
/// </summary>
internal sealed class FormSubmittedActivity : WorkflowActivity
{
    public const string TypeName = "formSubmitted";

    private FormSubmittedActivity(string id, JsonObject source, string? form)
        : base(id, source) => Form = form;

    public override string Type => TypeName;

    public override IReadOnlyList<string> Outcomes { get; } = ["done"];

    public override bool IsTrigger => true;

    public string? Form { get; }

    public static WorkflowActivity Parse(ActivityParseContext context) =>
        new FormSubmittedActivity(context.Id, context.Json, context.String("form", required: false));

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Complete("done"));
}
