using System.Globalization;

namespace FormsEngine.Expressions.Runtime;

/// <summary>
/// Date and time rules shared by both backends: dates are calendar dates, datetimes are local wall-clock times to
/// the second without an offset, times are times of day to the second. Text is parsed with fixed, culture-invariant
/// patterns only (<c>yyyy-MM-dd</c>, <c>yyyy-MM-ddTHH:mm[:ss]</c> or with a space, <c>HH:mm[:ss]</c>); anything else is null.
/// </summary>
internal static class TemporalSemantics
{
    public static DateTime TruncateToSecond(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);

    public static TimeOnly TruncateToSecond(TimeOnly value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond));

    public static DateTime LocalNow(ExpressionOptions options)
    {
        var utc = options.TimeProvider.GetUtcNow();
        return TruncateToSecond(TimeZoneInfo.ConvertTime(utc, options.TimeZone).DateTime);
    }

    public static DateOnly? Today(ExpressionOptions options) => DateOnly.FromDateTime(LocalNow(options));

    public static DateTime? Now(ExpressionOptions options) => LocalNow(options);

    /// <summary>Whole years from <paramref name="birth"/> to today; a 29 February birthday counts from 1 March in other years.</summary>
    public static decimal? Age(DateOnly? birth, ExpressionOptions options)
    {
        if (!birth.HasValue)
        {
            return null;
        }

        var b = birth.GetValueOrDefault();
        var today = DateOnly.FromDateTime(LocalNow(options));
        var years = today.Year - b.Year;
        if (today.Month < b.Month || (today.Month == b.Month && today.Day < b.Day))
        {
            years--;
        }

        return years;
    }

    /// <summary>Calendar days from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public static decimal? DaysBetween(DateOnly? from, DateOnly? to) =>
        from.HasValue && to.HasValue ? to.GetValueOrDefault().DayNumber - from.GetValueOrDefault().DayNumber : null;

    public static DateOnly? DatePart(DateTime? value) => value.HasValue ? DateOnly.FromDateTime(value.GetValueOrDefault()) : null;

    public static DateOnly? ParseDate(string? text)
    {
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    public static DateTime? ParseDateTime(string? text)
    {
        if (text is null || text.Length < 16 || text[10] is not ('T' or ' '))
        {
            return null;
        }

        var date = ParseDate(text[..10]);
        var time = ParseTime(text[11..]);
        return date.HasValue && time.HasValue ? date.GetValueOrDefault().ToDateTime(time.GetValueOrDefault()) : null;
    }

    /// <summary>HH:mm or HH:mm:ss, optionally followed by a fraction of a second that is dropped.</summary>
    public static TimeOnly? ParseTime(string? text)
    {
        if (text is null || (text.Length != 5 && text.Length < 8))
        {
            return null;
        }

        if (text.Length > 8 && (text[8] != '.' || text.Length == 9 || !IsDigits(text.AsSpan(9))))
        {
            return null;
        }

        if (!IsDigits(text.AsSpan(0, 2)) || text[2] != ':' || !IsDigits(text.AsSpan(3, 2))
            || (text.Length >= 8 && (text[5] != ':' || !IsDigits(text.AsSpan(6, 2)))))
        {
            return null;
        }

        var h = ((text[0] - '0') * 10) + (text[1] - '0');
        var m = ((text[3] - '0') * 10) + (text[4] - '0');
        var s = text.Length >= 8 ? ((text[6] - '0') * 10) + (text[7] - '0') : 0;
        return h < 24 && m < 60 && s < 60 ? new TimeOnly(h, m, s) : null;
    }

    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Format(TimeOnly value) => value.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
