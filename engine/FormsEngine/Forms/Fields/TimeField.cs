using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary><c>time</c>: a time of day, normalized to <c>HH:mm</c> (or <c>HH:mm:ss</c> when seconds are given), with optional <c>min</c>/<c>max</c>.</summary>
internal sealed class TimeField : FormField
{
    private static readonly string[] Formats = ["HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss"];

    private TimeField(FieldCommon common, string? min, string? max, TimeOnly? minTime, TimeOnly? maxTime)
        : base(common)
    {
        Min = min;
        Max = max;
        MinTime = minTime;
        MaxTime = maxTime;
    }

    public string? Min { get; }

    public string? Max { get; }

    private TimeOnly? MinTime { get; }

    private TimeOnly? MaxTime { get; }

    public static TimeField Read(FieldCommon common, ObjectReader r)
    {
        var min = r.String("min");
        var max = r.String("max");
        var minTime = Bound(r, "min", min);
        var maxTime = Bound(r, "max", max);
        RangeChecks.MinNotAboveMax(r, "min", minTime, maxTime);
        return new TimeField(common, min, max, minTime, maxTime);
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (!AnswerValues.TryGetText(value, out var raw))
        {
            context.Fail(SubmissionCodes.InvalidDate, "时间格式不正确，应为“时:分”", "The time must be written as HH:mm");
            return null;
        }

        var text = raw.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (!TimeOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            context.Fail(SubmissionCodes.InvalidDate, "时间格式不正确，应为“时:分”", "The time must be written as HH:mm");
            return null;
        }

        if (MinTime is { } lo && time < lo)
        {
            context.Fail(SubmissionCodes.DateTooEarly, $"时间不能早于 {Min}", $"The time must not be before {Min}");
            return null;
        }

        if (MaxTime is { } hi && time > hi)
        {
            context.Fail(SubmissionCodes.DateTooLate, $"时间不能晚于 {Max}", $"The time must not be after {Max}");
            return null;
        }

        var format = time.Second == 0 ? "HH:mm" : "HH:mm:ss";
        return JsonValue.Create(time.ToString(format, CultureInfo.InvariantCulture));
    }

    private static TimeOnly? Bound(ObjectReader r, string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        r.Context.Error(LoadCodes.InvalidValue, r.PathOf(name), "应为 HH:mm 格式的时间", "expected an HH:mm time");
        return null;
    }

    private protected override void WriteSpecific(JsonObject target)
    {
        AddString(target, "min", Min);
        AddString(target, "max", Max);
    }
}
