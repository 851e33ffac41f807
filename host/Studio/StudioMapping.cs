using System.Text.Json.Nodes;
using FormsEngine.Designer.Operations;
using FormsEngine.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormsEngine.Host.Studio;

/// <summary>Turns the staff API's records into the studio's DTOs.</summary>
internal static class StudioMapping
{
    public static SubmissionSummary ToSummary(SubmissionInfo info) => new(
        info.Id, info.Reference, info.FormId, info.CommunityId, info.GridId, info.BuildingId, info.SubmittedAt, info.Outcome, info.Explanation, info.Purged,
        Lines(info.Answers, "").ToList());

    public static TaskActionOutcome ToOutcome(Results<Ok<TaskActionResult>, ProblemHttpResult> result) => result.Result switch
    {
        Ok<TaskActionResult> { Value: { } ok } => new TaskActionOutcome(true, ok.MessageZh, ok.MessageEn),
        ProblemHttpResult problem => new TaskActionOutcome(false, problem.ProblemDetails.Title ?? "", problem.ProblemDetails.Detail ?? ""),
        _ => new TaskActionOutcome(false, "操作失败", "the action failed"),
    };

    /// <summary>Flattens answers to display lines: groups as <c>group.field</c>, repeats as <c>items[1].field</c>.</summary>
    private static IEnumerable<AnswerLine> Lines(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Lines(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray array when array.All(i => i is JsonValue) => [new AnswerLine(path, string.Join("、", array.Select(Text)))],
        JsonArray array => array.SelectMany((item, i) => Lines(item, $"{path}[{i + 1}]")),
        _ => [new AnswerLine(path, Text(node))],
    };

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
