using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Host.Submissions;

/// <summary>Walks a form's answers the way the form nests them: pages are transparent, repeat items are entered at any depth.</summary>
internal static class AnswerWalk
{
    /// <summary>Every answered field with the object that holds its answer (the answers, or one repeat item).</summary>
    public static IEnumerable<(FormField Field, JsonObject Owner)> Answered(IReadOnlyList<FormField> fields, JsonObject owner)
    {
        foreach (var field in fields)
        {
            if (field.Type == FieldTypes.Page)
            {
                foreach (var inner in Answered(field.Fields, owner))
                {
                    yield return inner;
                }

                continue;
            }

            if (!owner.ContainsKey(field.Key))
            {
                continue;
            }

            yield return (field, owner);
            if (field.Type == FieldTypes.Repeat && owner[field.Key] is JsonArray items)
            {
                foreach (var item in items.OfType<JsonObject>())
                {
                    foreach (var inner in Answered(field.Fields, item))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}
