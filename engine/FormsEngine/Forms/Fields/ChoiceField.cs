using System.Collections.Frozen;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>singleChoice</c> (answer: one option value) or <c>multipleChoice</c> (answer: an array of values, duplicates
/// removed, with optional <c>minSelected</c>/<c>maxSelected</c>). <c>options</c> is required and non-empty.
/// </summary>
internal sealed class ChoiceField : FormField
{
    private readonly FrozenSet<string> _values;

    private ChoiceField(FieldCommon common, IReadOnlyList<ChoiceOption> options, int? minSelected, int? maxSelected)
        : base(common)
    {
        Options = options;
        MinSelected = minSelected;
        MaxSelected = maxSelected;
        var values = new List<string>(options.Count);
        foreach (var option in options)
        {
            values.Add(option.Value);
        }

        _values = values.ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<ChoiceOption> Options { get; }

    public int? MinSelected { get; }

    public int? MaxSelected { get; }

    public bool Multiple => Type == FieldTypes.MultipleChoice;

    public static ChoiceField Read(FieldCommon common, ObjectReader r)
    {
        var options = ReadOptions(r);
        int? min = null, max = null;
        if (common.Type == FieldTypes.MultipleChoice)
        {
            min = r.Int("minSelected", 0);
            max = r.Int("maxSelected", 1);
            RangeChecks.MinNotAboveMax(r, "minSelected", min, max);
        }

        return new ChoiceField(common, options, min, max);
    }

    private static List<ChoiceOption> ReadOptions(ObjectReader r)
    {
        var list = new List<ChoiceOption>();
        var array = r.Array("options");
        var path = r.PathOf("options");
        if (array is null || array.Count == 0)
        {
            r.Context.Error(LoadCodes.NoOptions, path, "选择题至少需要一个选项", "a choice field needs at least one option");
            return list;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = JsonPaths.Index(path, i);
            if (array[i] is not JsonObject obj)
            {
                r.Context.Error(LoadCodes.WrongType, itemPath, "类型错误：应为对象", "wrong type: expected an object");
                continue;
            }

            var item = new ObjectReader(obj, itemPath, r.Context);
            var value = item.String("value", required: true);
            var label = item.Text("label", required: true);
            if (value is not null && !seen.Add(value))
            {
                r.Context.Error(LoadCodes.DuplicateOption, item.PathOf("value"), $"选项值“{value}”重复", $"the option value '{value}' is used twice");
            }

            if (value is not null && label is not null)
            {
                list.Add(new ChoiceOption(value, label, item.Extras()));
            }
        }

        return list;
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context) =>
        Multiple ? CoerceMany(value, context) : CoerceOne(value, context, null);

    private JsonValue? CoerceOne(JsonNode value, in FieldContext context, string? suffix)
    {
        if (!AnswerValues.TryGetText(value, out var raw))
        {
            Fail(context, suffix, SubmissionCodes.WrongType, "请选择一个选项", "Please choose an option");
            return null;
        }

        var text = raw.Trim();
        if (text.Length == 0 && suffix is null)
        {
            return null;
        }

        if (!_values.Contains(text))
        {
            Fail(context, suffix, SubmissionCodes.NotAnOption, "所选内容不在选项中", "The answer is not one of the options");
            return null;
        }

        return JsonValue.Create(text);
    }

    private JsonArray? CoerceMany(JsonNode value, in FieldContext context)
    {
        if (value is not JsonArray array)
        {
            var one = CoerceOne(value, context, null);
            return one is null ? null : [one];
        }

        if (array.Count == 0)
        {
            return null;
        }

        var result = new JsonArray();
        var failed = false;
        for (var i = 0; i < array.Count; i++)
        {
            var item = array[i];
            var chosen = item is null ? null : CoerceOne(item, context, JsonPaths.Index("", i));
            if (item is null)
            {
                Fail(context, JsonPaths.Index("", i), SubmissionCodes.WrongType, "请选择一个选项", "Please choose an option");
            }

            if (chosen is null)
            {
                failed = true;
            }
            else if (!Contains(result, chosen.GetValue<string>()))
            {
                result.Add(chosen);
            }
        }

        if (failed)
        {
            return null;
        }

        if (MinSelected is { } min && result.Count < min)
        {
            context.Fail(SubmissionCodes.TooFewChoices, $"至少选择 {min} 项", $"Choose at least {min} options");
            return null;
        }

        if (MaxSelected is { } max && result.Count > max)
        {
            context.Fail(SubmissionCodes.TooManyChoices, $"最多选择 {max} 项", $"Choose at most {max} options");
            return null;
        }

        return result;
    }

    private static bool Contains(JsonArray array, string value)
    {
        foreach (var node in array)
        {
            if (node!.GetValue<string>() == value)
            {
                return true;
            }
        }

        return false;
    }

    private static void Fail(in FieldContext context, string? suffix, string code, string zh, string en)
    {
        if (suffix is null)
        {
            context.Fail(code, zh, en);
        }
        else
        {
            context.Fail(suffix, code, zh, en);
        }
    }

    private protected override void WriteSpecific(JsonObject target)
    {
        var options = new JsonArray();
        foreach (var option in Options)
        {
            options.Add(option.ToJson());
        }

        target["options"] = options;
        AddNumber(target, "minSelected", MinSelected);
        AddNumber(target, "maxSelected", MaxSelected);
    }
}
