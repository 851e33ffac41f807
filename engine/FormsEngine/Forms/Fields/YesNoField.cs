using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>yesNo</c>: a boolean. Accepts <c>true</c>/<c>false</c>, 1/0, and the strings "true"/"false", "yes"/"no",
/// "是"/"否", "1"/"0".
/// </summary>
internal sealed class YesNoField : FormField
{
    private YesNoField(FieldCommon common)
        : base(common)
    {
    }

    public static YesNoField Read(FieldCommon common, ObjectReader r) => new(common);

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        bool? answer = null;
        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                answer = true;
                break;
            case JsonValueKind.False:
                answer = false;
                break;
            case JsonValueKind.Number when value.AsValue().TryGetValue<int>(out var n) && n is 0 or 1:
                answer = n == 1;
                break;
            case JsonValueKind.String:
                var text = value.GetValue<string>().AsSpan().Trim();
                if (text.IsEmpty)
                {
                    return null;
                }

                answer = Parse(text);
                break;
        }

        if (answer is { } b)
        {
            return JsonValue.Create(b);
        }

        context.Fail(SubmissionCodes.InvalidYesNo, "请选择“是”或“否”", "Please answer yes or no");
        return null;
    }

    private static bool? Parse(ReadOnlySpan<char> text)
    {
        if (text is "是" or "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text is "否" or "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return null;
    }

    private protected override void WriteSpecific(JsonObject target)
    {
    }
}
