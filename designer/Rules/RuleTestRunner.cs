using System.Text.Json.Nodes;
using FormsEngine.Designer.Operations;
using FormsEngine.Rules;

namespace FormsEngine.Designer.RuleEditing;

/// <summary>
/// Runs a rule set on one set of answers for the test panel, the way a real submission is decided: the answers are
/// normalised by the form (calculated fields computed); every top-level rule is explained; the resident-facing
/// explanation is what the receipt would say.
/// </summary>
public static class RuleTestRunner
{
    /// <summary>
    /// Runs <paramref name="request"/>'s rule set on <paramref name="answers"/>. <paramref name="display"/> turns a
    /// traced value into text (the host masks values of stored submissions with it); null shows values as JSON.
    /// </summary>
    public static RuleTestResult Run(RuleTestRequest request, JsonObject answers, Func<string, JsonNode?, string>? display = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answers);
        var (evaluation, problems) = RuleEvaluation.Prepare(request.FormJson, request.RuleSetJson, request.Workflow);
        if (evaluation is null)
        {
            return RuleTestResult.Failed(problems);
        }

        var notes = new List<RuleMessage>();
        answers = Reparsed(answers);
        var validation = evaluation.Form.ValidateSubmission(answers);
        var used = validation.Normalized;
        if (!validation.IsValid)
        {
            notes.Add(new RuleMessage("示例答案不完整或有误，已按填写的原样计算", "the sample answers are incomplete or invalid; they were used as typed", null));
            notes.AddRange(validation.Errors.Take(5).Select(RuleMessages.From));
            used = answers;
        }

        var input = evaluation.RuleSet.CreateInput(new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { [RuleFormSchema.InputName] = used });
        display ??= (_, value) => Display(value);
        var decision = evaluation.Workflow.Decide(input);
        return new RuleTestResult(true, [], notes, decision.IsSuccess, decision.Text, decision.Events, [.. decision.Rules.Select(r => Node(r.Trace, display))]);
    }

    /// <summary>Parses typed answers (a JSON object); null and the problem with line:col when they are not one.</summary>
    public static (JsonObject? Answers, RuleMessage? Problem) ParseAnswers(string? json)
    {
        var (node, error, line, column) = JsonEditHistory.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        if (error is not null)
        {
            return (null, new RuleMessage("示例答案不是合法的 JSON：" + error, "the sample answers are not valid JSON: " + error, $"{line}:{column}"));
        }

        return node is JsonObject obj
            ? (obj, null)
            : (null, new RuleMessage("示例答案必须是一个 JSON 对象，例如 {\"年龄\": 80}", "the sample answers must be a JSON object, e.g. {\"年龄\": 80}", "1:1"));
    }

    /// <summary>
    /// The answers as if they came over the wire: the form's validator reads JSON-backed values, and answers built in
    /// code (<c>JsonValue.Create(30)</c>) would otherwise fail its number check.
    /// </summary>
    internal static JsonObject Reparsed(JsonObject answers) => JsonNode.Parse(answers.ToJsonString())!.AsObject();

    /// <summary>A value as staff read it: text without quotes, numbers and true/false as written, 空 for none.</summary>
    public static string Display(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => value.ToJsonString(RuleJson.WriteOptions),
    };

    private static RuleResultNode Node(RuleResultTree tree, Func<string, JsonNode?, string> display) => new(
        tree.RuleName,
        tree.IsSuccess,
        tree.SuccessEvent,
        tree.IsSuccess ? tree.SuccessMessage : tree.ErrorMessage,
        tree.ExceptionMessage,
        tree.Condition?.Expression,
        tree.Condition is { } c ? Display(c.Value) : null,
        [.. (tree.Condition?.Fields ?? new Dictionary<string, JsonNode?>()).Select(f => new RuleTraceValue(f.Key, display(f.Key, f.Value)))],
        [.. tree.ChildResults.Select(child => Node(child, display))]);
}
