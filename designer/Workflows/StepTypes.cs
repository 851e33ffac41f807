using System.Text.Json.Nodes;
using FormsEngine.Workflows.Activities;

namespace FormsEngine.Designer.WorkflowEditing;

/// <summary>
/// What the designer knows about each engine activity type: whether it is known, its outcomes, the outcomes a task may
/// offer, and the JSON a newly added step starts with. The type names come from the engine's own registry.
/// </summary>
public static class StepTypes
{
    public const string FormSubmitted = "formSubmitted";
    public const string EvaluateRules = "evaluateRules";
    public const string AssignTask = "assignTask";
    public const string Notify = "notify";
    public const string SetValues = "setValues";
    public const string Wait = "wait";
    public const string Fork = "fork";
    public const string Join = "join";
    public const string End = "end";

    /// <summary>The outcomes a task may offer staff (<c>comment</c> keeps the task open and leads nowhere).</summary>
    public static readonly IReadOnlyList<string> TaskOutcomes = ["approve", "reject", "returnForCorrection", "resubmit", "done", "comment"];

    /// <summary>The types staff may add (the trigger exists once, so it is not offered).</summary>
    public static readonly IReadOnlyList<string> Addable = [AssignTask, Notify, EvaluateRules, SetValues, Wait, Fork, Join, End];

    /// <summary>True when the engine's registry knows <paramref name="type"/>.</summary>
    public static bool IsKnown(string type) => ActivityRegistry.TryGet(type, out _);

    /// <summary>The outcomes a step of <paramref name="type"/> leaves through; for a task, the ones it offers.</summary>
    public static IReadOnlyList<string> OutcomesOf(string type, JsonObject step) => type switch
    {
        AssignTask => step["outcomes"] is JsonArray outcomes
            ? outcomes.Select(WorkflowDraft.Text).OfType<string>().Where(o => o != "comment").Distinct().ToList()
            : [],
        EvaluateRules => ["true", "false"],
        End => [],
        _ when IsKnown(type) => ["done"],
        _ => [],
    };

    /// <summary>True when one outcome may lead to several steps (fork).</summary>
    public static bool IsParallel(string type) => type == Fork;

    /// <summary>The JSON a new step of <paramref name="type"/> starts with (valid as far as it goes).</summary>
    internal static JsonObject NewStep(string type, string id) => type switch
    {
        AssignTask => new JsonObject
        {
            ["id"] = id, ["type"] = type, ["title"] = "新任务：{{input.姓名}}",
            ["assignee"] = new JsonObject { ["kind"] = "role", ["value"] = "社区工作人员" },
            ["sla"] = "P2D", ["outcomes"] = new JsonArray("approve", "reject"),
        },
        Notify => new JsonObject { ["id"] = id, ["type"] = type, ["channel"] = "sms", ["to"] = "input.手机号", ["template"] = "{{input.姓名}}您好，" },
        EvaluateRules => new JsonObject { ["id"] = id, ["type"] = type, ["expression"] = "true" },
        SetValues => new JsonObject { ["id"] = id, ["type"] = type, ["values"] = new JsonObject { ["status"] = "\"已处理\"" } },
        Wait => new JsonObject { ["id"] = id, ["type"] = type, ["duration"] = "P1D" },
        End => new JsonObject { ["id"] = id, ["type"] = type, ["status"] = "completed" },
        _ => new JsonObject { ["id"] = id, ["type"] = type },
    };
}
