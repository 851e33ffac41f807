using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;
using FormsEngine.Identity;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>idNumber</c>: an 18-character resident ID number (GB 11643-1999, via <see cref="ChineseIdNumber"/>), trimmed
/// with a lower-case x upper-cased. A birth date after today is rejected. Sensitive personal data by default.
/// The birth date, sex and region code of an answer come from <see cref="ChineseIdNumber"/>.
/// </summary>
internal sealed class IdNumberField : FormField
{
    private IdNumberField(FieldCommon common)
        : base(common)
    {
    }

    private protected override PersonalDataClass DefaultPersonalData => PersonalDataClass.Sensitive;

    public static IdNumberField Read(FieldCommon common, ObjectReader r) => new(common);

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (!AnswerValues.TryGetText(value, out var raw))
        {
            Report(context, IdNumberProblem.BadCharacter);
            return null;
        }

        var text = raw.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        var problem = ChineseIdNumber.Validate(text);
        if (problem != IdNumberProblem.None)
        {
            Report(context, problem);
            return null;
        }

        if (ChineseIdNumber.BirthDate(text) is { } birth && birth > context.Today)
        {
            context.Fail(SubmissionCodes.IdNumberFutureBirth, "身份证号码中的出生日期晚于今天", "The birth date in the ID number is in the future");
            return null;
        }

        var normalized = text.Length == raw.Length && text[^1] != 'x' ? raw : ChineseIdNumber.Normalize(raw);
        return JsonValue.Create(normalized);
    }

    private static void Report(in FieldContext context, IdNumberProblem problem)
    {
        switch (problem)
        {
            case IdNumberProblem.WrongLength:
                context.Fail(SubmissionCodes.InvalidIdNumber, "身份证号码应为18位", "The ID number must be 18 characters long");
                break;
            case IdNumberProblem.BadCharacter:
                context.Fail(SubmissionCodes.InvalidIdNumber, "身份证号码只能包含数字，最后一位可以是X", "The ID number may contain only digits and a final X");
                break;
            case IdNumberProblem.UnknownRegion:
                context.Fail(SubmissionCodes.InvalidIdNumber, "身份证号码的地区代码不正确", "The region code of the ID number is not valid");
                break;
            case IdNumberProblem.BadBirthDate:
                context.Fail(SubmissionCodes.InvalidIdNumber, "身份证号码中的出生日期不正确", "The birth date in the ID number is not valid");
                break;
            default:
                context.Fail(SubmissionCodes.IdNumberChecksum, "身份证号码校验位不正确，请核对", "The check character of the ID number does not match; please check it");
                break;
        }
    }

    private protected override void WriteSpecific(JsonObject target)
    {
    }
}
