using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Host.Submissions;

/// <summary>The values worth a lookup hash: every ID number and mobile answer, in the form and in its repeat groups.</summary>
internal static class PersonalValues
{
    public const string IdNumber = "idNumber";
    public const string Mobile = "mobile";

    public static IEnumerable<(string Kind, string Value)> Lookups(FormDefinition form, JsonObject answers) =>
        Walk(form.Fields, answers).Distinct();

    private static IEnumerable<(string, string)> Walk(IEnumerable<FormField> fields, JsonObject answers)
    {
        foreach (var field in fields)
        {
            switch (field.Type)
            {
                case "page":
                    foreach (var inner in Walk(field.Fields, answers))
                    {
                        yield return inner;
                    }

                    break;
                case "repeat" when answers[field.Key] is JsonArray items:
                    foreach (var item in items.OfType<JsonObject>())
                    {
                        foreach (var inner in Walk(field.Fields, item))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case IdNumber or Mobile when answers[field.Key] is JsonValue value && value.TryGetValue<string>(out var text):
                    yield return (field.Type, text);
                    break;
            }
        }
    }
}
