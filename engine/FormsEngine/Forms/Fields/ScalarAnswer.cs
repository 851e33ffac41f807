using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>Accepts a string, number or boolean answer unchanged (strings trimmed); blank strings are empty.</summary>
internal static class ScalarAnswer
{
    public static JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var text = value.GetValue<string>().Trim();
                return text.Length == 0 ? null : JsonValue.Create(text);
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return value.DeepClone();
            default:
                context.Fail(SubmissionCodes.WrongType, "应为文字、数字或是/否", "A text, number or yes/no value is expected");
                return null;
        }
    }
}
