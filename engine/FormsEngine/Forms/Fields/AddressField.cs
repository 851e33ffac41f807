using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>address</c>: a structured address within the community, <c>{"community","building","unit","room"}</c>.
/// Community, building and room are needed once any part is given; unit only when <c>unitRequired</c> is true.
/// Parts are trimmed (numbers become text), at most 100 characters each. Personal data by default.
/// </summary>
internal sealed class AddressField : FormField
{
    private const int MaxPartLength = 100;

    private static readonly string[] Parts = ["community", "building", "unit", "room"];

    private AddressField(FieldCommon common, bool unitRequired)
        : base(common)
    {
        UnitRequired = unitRequired;
    }

    public bool UnitRequired { get; }

    private protected override PersonalDataClass DefaultPersonalData => PersonalDataClass.Personal;

    public static AddressField Read(FieldCommon common, ObjectReader r) => new(common, r.Bool("unitRequired"));

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (value is not JsonObject obj)
        {
            context.Fail(SubmissionCodes.WrongType, "地址应包含小区、楼栋、单元和房号", "The address needs community, building, unit and room");
            return null;
        }

        var result = new JsonObject();
        var ok = true;
        foreach (var part in Parts)
        {
            var node = obj[part];
            if (node is null)
            {
                continue;
            }

            if (!AnswerValues.TryGetText(node, out var raw))
            {
                context.Fail("." + part, SubmissionCodes.WrongType, "应填写文字", "Text is expected");
                ok = false;
                continue;
            }

            var text = raw.Trim();
            if (AnswerValues.CountCharacters(text) > MaxPartLength)
            {
                context.Fail("." + part, SubmissionCodes.TooLong, $"最多填写 {MaxPartLength} 个字", $"At most {MaxPartLength} characters are allowed");
                ok = false;
            }
            else if (text.Length > 0)
            {
                result[part] = text;
            }
        }

        if (!ok || result.Count == 0)
        {
            return null;
        }

        foreach (var part in Parts)
        {
            if (!result.ContainsKey(part) && (part != "unit" || UnitRequired))
            {
                context.Fail("." + part, SubmissionCodes.AddressPartMissing, PartMissingZh(part), $"The {part} is missing from the address");
                ok = false;
            }
        }

        return ok ? result : null;
    }

    private static string PartMissingZh(string part) => part switch
    {
        "community" => "请填写小区名称",
        "building" => "请填写楼栋号",
        "unit" => "请填写单元号",
        _ => "请填写房号",
    };

    private protected override void WriteSpecific(JsonObject target)
    {
        if (UnitRequired)
        {
            target["unitRequired"] = true;
        }
    }
}
