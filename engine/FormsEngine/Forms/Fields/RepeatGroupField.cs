using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>repeat</c>: a list of items with the same fields (e.g. household members), answered as an array of objects.
/// Keys inside are scoped to the group. <c>minItems</c>/<c>maxItems</c> bound the count; groups nest at most 3 deep.
/// </summary>
internal sealed class RepeatGroupField : FormField
{
    private readonly IReadOnlyList<FormField> _fields;

    private RepeatGroupField(FieldCommon common, IReadOnlyList<FormField> fields, int? minItems, int? maxItems)
        : base(common)
    {
        _fields = fields;
        MinItems = minItems;
        MaxItems = maxItems;
        Scope = new FieldScope(fields);
    }

    public override IReadOnlyList<FormField> Fields => _fields;

    public int? MinItems { get; }

    public int? MaxItems { get; }

    internal FieldScope Scope { get; }

    public static RepeatGroupField Read(FieldCommon common, ObjectReader r)
    {
        var min = r.Int("minItems", 0);
        var max = r.Int("maxItems", 1);
        RangeChecks.MinNotAboveMax(r, "minItems", min, max);
        var context = r.Context;
        context.RepeatDepth++;
        if (context.RepeatDepth > LoadContext.MaxRepeatDepth)
        {
            context.Error(
                LoadCodes.RepeatTooDeep,
                r.Path,
                $"重复组最多嵌套 {LoadContext.MaxRepeatDepth} 层",
                $"repeat groups may be nested at most {LoadContext.MaxRepeatDepth} deep");
        }

        var wasInPage = context.InsidePage;
        context.InsidePage = false;
        var fields = FieldListReader.Read(r.Array("fields", required: true), r.PathOf("fields"), context, new KeyScope());
        context.InsidePage = wasInPage;
        context.RepeatDepth--;
        return new RepeatGroupField(common, fields, min, max);
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (value is not JsonArray array)
        {
            context.Fail(SubmissionCodes.WrongType, "应为若干条记录", "A list of entries is expected");
            return null;
        }

        if (array.Count == 0 && MinItems is null or 0)
        {
            return null;
        }

        if (MinItems is { } min && array.Count < min)
        {
            context.Fail(SubmissionCodes.TooFewItems, $"至少需要 {min} 条", $"At least {min} entries are required");
            return null;
        }

        if (MaxItems is { } max && array.Count > max)
        {
            context.Fail(SubmissionCodes.TooManyItems, $"最多只能填写 {max} 条", $"At most {max} entries are allowed");
            return null;
        }

        // The items are kept even when some have errors, so that custom validations can still check the others
        // (every error at once); a submission with errors is never stored, so partial output does no harm.
        var run = context.Run;
        var result = new JsonArray();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item)
            {
                context.Fail(JsonPaths.Index("", i), SubmissionCodes.WrongType, "每条记录应为一组答案", "Each entry must be an object");
                result.Add(new JsonObject()); // keeps item indexes aligned with the submission for later checks
                continue;
            }

            var output = new JsonObject();
            run.ValidateScope(Scope, item, output, new AnswerPath(context.Parent, this, i));
            result.Add(output);
        }

        return result;
    }

    private protected override void WriteSpecific(JsonObject target)
    {
        AddNumber(target, "minItems", MinItems);
        AddNumber(target, "maxItems", MaxItems);
        target["fields"] = FieldListReader.Write(_fields);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"repeat {Key} ({_fields.Count} fields)");
}
