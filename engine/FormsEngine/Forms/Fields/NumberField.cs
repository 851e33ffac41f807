using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary><c>number</c>: a decimal, or an integer when <c>integer</c> is true, with optional <c>min</c>, <c>max</c>, <c>step</c> and <c>unit</c>.</summary>
internal sealed class NumberField : FormField
{
    private NumberField(FieldCommon common, bool integer, decimal? min, decimal? max, decimal? step, LocalizedText? unit)
        : base(common)
    {
        Integer = integer;
        Min = min;
        Max = max;
        Step = step;
        Unit = unit;
    }

    public bool Integer { get; }

    public decimal? Min { get; }

    public decimal? Max { get; }

    public decimal? Step { get; }

    public LocalizedText? Unit { get; }

    public static NumberField Read(FieldCommon common, ObjectReader r)
    {
        var integer = r.Bool("integer");
        var min = r.Decimal("min");
        var max = r.Decimal("max");
        RangeChecks.MinNotAboveMax(r, "min", min, max);
        var step = r.Decimal("step");
        if (step <= 0)
        {
            r.Context.Error(LoadCodes.OutOfRange, r.PathOf("step"), "步长必须大于 0", "the step must be greater than 0");
            step = null;
        }

        return new NumberField(common, integer, min, max, step, r.Text("unit"));
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (!AnswerValues.TryGetDecimal(value, out var number, out var empty))
        {
            if (!empty)
            {
                context.Fail(SubmissionCodes.NotANumber, "请填写数字", "A number is expected");
            }

            return null;
        }

        if (Integer && decimal.Truncate(number) != number)
        {
            context.Fail(SubmissionCodes.NotAnInteger, "请填写整数", "A whole number is expected");
            return null;
        }

        if (Min is { } min && number < min)
        {
            context.Fail(SubmissionCodes.BelowMinimum, $"不能小于 {AnswerValues.Invariant(min)}", $"Must be at least {AnswerValues.Invariant(min)}");
            return null;
        }

        if (Max is { } max && number > max)
        {
            context.Fail(SubmissionCodes.AboveMaximum, $"不能大于 {AnswerValues.Invariant(max)}", $"Must be at most {AnswerValues.Invariant(max)}");
            return null;
        }

        if (Step is { } step && (number - (Min ?? 0)) % step != 0)
        {
            context.Fail(SubmissionCodes.OffStep, $"应为 {AnswerValues.Invariant(step)} 的整数倍", $"Must be in steps of {AnswerValues.Invariant(step)}");
            return null;
        }

        return Integer && number is >= long.MinValue and <= long.MaxValue
            ? JsonValue.Create((long)number)
            : JsonValue.Create(number);
    }

    private protected override void WriteSpecific(JsonObject target)
    {
        if (Integer)
        {
            target["integer"] = true;
        }

        AddNumber(target, "min", Min);
        AddNumber(target, "max", Max);
        AddNumber(target, "step", Step);
        AddText(target, "unit", Unit);
    }
}
