using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>email</c>: <c>local@domain.tld</c>, trimmed, at most 254 characters, no spaces, a dot in the domain.
/// Deliberately simple: delivery, not syntax, proves an address. Personal data by default.
/// </summary>
internal sealed class EmailField : FormField
{
    private const int MaxLength = 254;

    private EmailField(FieldCommon common)
        : base(common)
    {
    }

    private protected override PersonalDataClass DefaultPersonalData => PersonalDataClass.Personal;

    public static EmailField Read(FieldCommon common, ObjectReader r) => new(common);

    public static bool IsValid(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('@');
        if (text.Length > MaxLength || at <= 0 || at != text.LastIndexOf('@'))
        {
            return false;
        }

        var domain = text[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1 || domain[0] == '.' || domain.IndexOf("..", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or ':' or '"' or '[' or ']' or '\\')
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

        if (!IsValid(text))
        {
            Fail(context);
            return null;
        }

        return JsonValue.Create(text.Length == raw.Length ? raw : text.ToString());
    }

    private static void Fail(in FieldContext context) =>
        context.Fail(SubmissionCodes.InvalidEmail, "电子邮箱格式不正确", "The e-mail address is not valid");

    private protected override void WriteSpecific(JsonObject target)
    {
    }
}
