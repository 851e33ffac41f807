using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Host.Submissions;

/// <summary>The values worth a lookup hash: every ID number and mobile answer, in the form and in its repeat groups.</summary>
internal static class PersonalValues
{
    public const string IdNumber = FieldTypes.IdNumber;
    public const string Mobile = FieldTypes.Mobile;

    public static IEnumerable<(string Kind, string Value)> Lookups(FormDefinition form, JsonObject answers) =>
        AnswerWalk.Answered(form.Fields, answers)
            .Where(a => a.Field.Type is IdNumber or Mobile)
            .Select(a => (a.Field.Type, Value: a.Owner[a.Field.Key] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null))
            .Where(a => a.Value is not null)
            .Select(a => (a.Type, a.Value!))
            .Distinct();
}
