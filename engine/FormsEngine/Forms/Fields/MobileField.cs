using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>mobile</c>: a mainland China mobile number, 11 digits matching <c>1[3-9]xxxxxxxxx</c>. Spaces and hyphens are
/// removed and a leading +86 / 86 dropped. Personal data by default.
/// </summary>
internal sealed class MobileField : FormField
{
    public const int Length = 11;

    private MobileField(FieldCommon common)
        : base(common)
    {
    }

    private protected override PersonalDataClass DefaultPersonalData => PersonalDataClass.Personal;

    public static MobileField Read(FieldCommon common, ObjectReader r) => new(common);

    /// <summary>True for 11 ASCII digits starting 13–19.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != Length || digits[0] != '1' || digits[1] is < '3' or > '9')
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (!AnswerValues.TryGetText(value, out var raw))
        {
            Fail(context);
            return null;
        }

        var text = raw.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (IsValid(text))
        {
            return JsonValue.Create(text.Length == raw.Length ? raw : text.ToString());
        }

        Span<char> buffer = stackalloc char[Length];
        var n = 0;
        var rest = text.StartsWith("+86") ? text[3..] : text.Length > Length && text.StartsWith("86") ? text[2..] : text;
        foreach (var c in rest)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (n == Length)
            {
                n++;
                break;
            }

            buffer[n++] = c;
        }

        if (n == Length && IsValid(buffer))
        {
            return JsonValue.Create(buffer.ToString());
        }

        Fail(context);
        return null;
    }

    private static void Fail(in FieldContext context) =>
        context.Fail(SubmissionCodes.InvalidMobile, "手机号码格式不正确，应为11位数字", "The mobile number must be 11 digits, e.g. 13812345678");

    private protected override void WriteSpecific(JsonObject target)
    {
    }
}
