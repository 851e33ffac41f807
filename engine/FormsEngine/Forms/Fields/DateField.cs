using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>date</c>: a calendar date, normalized to <c>yyyy-MM-dd</c>. Accepts <c>yyyy-M-d</c>, <c>yyyy/M/d</c> and
/// <c>yyyy.M.d</c>. <c>min</c>/<c>max</c> are ISO dates or <c>"today"</c> (in the submission's time zone).
/// </summary>
internal sealed class DateField : FormField
{
    public const string Today = "today";

    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];

    private DateField(FieldCommon common, string? min, string? max, DateOnly? minDate, DateOnly? maxDate)
        : base(common)
    {
        Min = min;
        Max = max;
        MinDate = minDate;
        MaxDate = maxDate;
    }

    public string? Min { get; }

    public string? Max { get; }

    private DateOnly? MinDate { get; }

    private DateOnly? MaxDate { get; }

    public static DateField Read(FieldCommon common, ObjectReader r)
    {
        var min = r.String("min");
        var max = r.String("max");
        var minDate = Bound(r, "min", min);
        var maxDate = Bound(r, "max", max);
        RangeChecks.MinNotAboveMax(r, "min", minDate, maxDate);
        return new DateField(common, min, max, minDate, maxDate);
    }

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (!AnswerValues.TryGetText(value, out var raw))
        {
            context.Fail(SubmissionCodes.InvalidDate, "日期格式不正确，应为“年-月-日”", "The date must be written as yyyy-MM-dd");
            return null;
        }

        var text = raw.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (!TryParse(text, out var date))
        {
            context.Fail(SubmissionCodes.InvalidDate, "日期格式不正确，应为“年-月-日”", "The date must be written as yyyy-MM-dd");
            return null;
        }

        var min = Min == Today ? context.Today : MinDate;
        if (min is { } lo && date < lo)
        {
            context.Fail(SubmissionCodes.DateTooEarly, $"日期不能早于 {Iso(lo)}", $"The date must not be before {Iso(lo)}");
            return null;
        }

        var max = Max == Today ? context.Today : MaxDate;
        if (max is { } hi && date > hi)
        {
            context.Fail(SubmissionCodes.DateTooLate, $"日期不能晚于 {Iso(hi)}", $"The date must not be after {Iso(hi)}");
            return null;
        }

        // Already yyyy-MM-dd (the only accepted format of that length with dashes): reuse the text, no formatting.
        var isIso = text.Length == 10 && text[4] == '-' && text[7] == '-';
        return JsonValue.Create(isIso ? (text.Length == raw.Length ? raw : text.ToString()) : Iso(date));
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Bound(ObjectReader r, string name, string? text)
    {
        if (text is null || text == Today)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        r.Context.Error(LoadCodes.InvalidValue, r.PathOf(name), "应为 yyyy-MM-dd 格式的日期或 \"today\"", "expected a yyyy-MM-dd date or \"today\"");
        return null;
    }

    private protected override void WriteSpecific(JsonObject target)
    {
        AddString(target, "min", Min);
        AddString(target, "max", Max);
    }
}
