using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.Rules;

namespace FormsEngine.Host.Submissions;

/// <summary>
/// What a workflow started by a submission receives as <c>input</c>: the answers as lists show them (personal fields
/// masked — workflow state is not encrypted, so clear personal data stays in the sealed submission only), the building
/// from the door QR code as <c>楼栋</c> when the form has no such answer, and the submission's id, reference and
/// eligibility outcome.
/// </summary>
internal static class WorkflowInputs
{
    public const string Building = "楼栋";

    /// <summary>The input for <paramref name="row"/>; <paramref name="extra"/> adds host-computed values (e.g. <c>跨户重复</c>).</summary>
    public static JsonObject From(SubmissionRow row, EligibilityDecision? decision, JsonObject? extra = null)
    {
        var input = JsonNode.Parse(row.MaskedJson)!.AsObject();
        if (row.BuildingId is not null && !input.ContainsKey(Building))
        {
            input[Building] = row.BuildingId;
        }

        input["submissionId"] = row.Id;
        input["reference"] = row.Reference;
        input["eligibility"] = decision?.Outcome;
        foreach (var (key, value) in extra ?? [])
        {
            input[key] = value?.DeepClone();
        }

        return input;
    }
}
