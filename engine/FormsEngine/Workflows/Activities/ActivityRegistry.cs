using FormsEngine.Workflows.Definitions;

namespace FormsEngine.Workflows.Activities;

/// <summary>Activity types by their JSON <c>type</c> name; adding an activity is one file and one line here.</summary>
internal static class ActivityRegistry
{
    private static readonly Dictionary<string, Func<ActivityParseContext, WorkflowActivity>> Parsers = new(StringComparer.Ordinal)
    {
        [FormSubmittedActivity.TypeName] = FormSubmittedActivity.Parse,
        [EvaluateRulesActivity.TypeName] = EvaluateRulesActivity.Parse,
        [AssignTaskActivity.TypeName] = AssignTaskActivity.Parse,
        [NotifyActivity.TypeName] = NotifyActivity.Parse,
        [SetValuesActivity.TypeName] = SetValuesActivity.Parse,
        [WaitActivity.TypeName] = WaitActivity.Parse,
        [ForkActivity.TypeName] = ForkActivity.Parse,
        [JoinActivity.TypeName] = JoinActivity.Parse,
        [EndActivity.TypeName] = EndActivity.Parse,
    };

    public static IReadOnlyCollection<string> Types => Parsers.Keys;

    public static bool TryGet(string type, out Func<ActivityParseContext, WorkflowActivity> parse) => Parsers.TryGetValue(type, out parse!);
}
