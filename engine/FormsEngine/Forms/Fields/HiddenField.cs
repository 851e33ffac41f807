using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>hidden</c>: a value the resident does not see (a source channel, a grid code). A scalar answer is kept as is;
/// when absent, <c>default</c> is used. The default's kind is the field's type for expressions, so a posted
/// <c>"500"</c> (form posts are text) becomes the number 500 when the default is a number, and <c>"true"</c> a
/// boolean when it is one; text that is not such a value is refused.
/// </summary>
internal sealed class HiddenField : FormField
{
    private HiddenField(FieldCommon common)
        : base(common)
    {
    }

    public static HiddenField Read(FieldCommon common, ObjectReader r) => new(common);

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        var scalar = ScalarAnswer.Coerce(value, context);
        if (scalar is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
        {
            return scalar;
        }

        var s = text.GetValue<string>();
        switch (Default?.GetValueKind())
        {
            case JsonValueKind.Number when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case JsonValueKind.Number:
                context.Fail(SubmissionCodes.WrongType, "应为数字", "A number is expected");
                return null;
            case JsonValueKind.True or JsonValueKind.False when bool.TryParse(s, out var flag):
                return JsonValue.Create(flag);
            case JsonValueKind.True or JsonValueKind.False:
                context.Fail(SubmissionCodes.WrongType, "应为 true 或 false", "true or false is expected");
                return null;
            default:
                return scalar;
        }
    }

    private protected override void WriteSpecific(JsonObject target)
    {
    }
}
