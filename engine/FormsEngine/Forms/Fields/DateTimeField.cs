using System.Globalization;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>datetime</c>: a date and time. With a UTC offset it is normalized to <c>yyyy-MM-ddTHH:mm:sszzz</c>, without one
/// (a local wall-clock time) to <c>yyyy-MM-ddTHH:mm:ss</c>. A space may replace the <c>T</c>; seconds are optional.
/// </summary>
internal sealed class DateTimeField : FormField
{
    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
    ];

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    private DateTimeField(FieldCommon common)
        : base(common)
    {
    }

    public static DateTimeField Read(FieldCommon common, ObjectReader r) => new(common);

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

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return JsonValue.Create(local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        }

        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return JsonValue.Create(withOffset.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        Fail(context);
        return null;
    }

    private static void Fail(in FieldContext context) =>
        context.Fail(SubmissionCodes.InvalidDate, "日期时间格式不正确，应为“年-月-日 时:分”", "The date and time must be written as yyyy-MM-ddTHH:mm");

    private protected override void WriteSpecific(JsonObject target)
    {
    }
}
