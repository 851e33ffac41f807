using FormsEngine.Identity;

namespace FormsEngine.Expressions.Runtime;

/// <summary>
/// Text rules shared by both backends: comparisons are ordinal (UTF-16 code units); ToUpper/ToLower change the
/// ASCII letters A–Z only (Chinese has no case, and this keeps browsers and the server identical); Trim removes the
/// characters in <see cref="WhiteSpace"/>, including the ideographic space U+3000. Every member is null-safe.
/// </summary>
internal static class TextSemantics
{
    public const string WhiteSpace =
        " \t\n\v\f\r\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    private static readonly char[] WhiteSpaceChars = WhiteSpace.ToCharArray();

    public static bool Contains(string? text, string? part) => text is not null && part is not null && text.Contains(part, StringComparison.Ordinal);

    public static bool StartsWith(string? text, string? part) => text is not null && part is not null && text.StartsWith(part, StringComparison.Ordinal);

    public static bool EndsWith(string? text, string? part) => text is not null && part is not null && text.EndsWith(part, StringComparison.Ordinal);

    public static decimal Length(string? text) => text?.Length ?? 0;

    public static string? Trim(string? text) => text?.Trim(WhiteSpaceChars);

    public static string? ToUpper(string? text) => text is null ? null : string.Create(text.Length, text, static (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
        {
            span[i] = char.IsAsciiLetterLower(s[i]) ? (char)(s[i] - 32) : s[i];
        }
    });

    public static string? ToLower(string? text) => text is null ? null : string.Create(text.Length, text, static (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(s[i]) ? (char)(s[i] + 32) : s[i];
        }
    });

    public static int Compare(string? a, string? b) => string.CompareOrdinal(a, b);

    public static bool IsBlank(string? text) => text is null || text.AsSpan().Trim(WhiteSpaceChars).IsEmpty;

    public static bool ListContains(string[]? list, string? item) => list is not null && item is not null && Array.IndexOf(list, item) >= 0;

    public static bool IdValid(string? id) => id is not null && ChineseIdNumber.IsValid(id);

    public static DateOnly? IdBirthDate(string? id) => id is null ? null : ChineseIdNumber.BirthDate(id);

    /// <summary>"男" for an odd sequence digit, "女" for an even one; null when the number is not valid.</summary>
    public static string? IdSex(string? id) => (id is null ? null : ChineseIdNumber.Sex(id)) switch
    {
        "M" => "男",
        "F" => "女",
        _ => null,
    };

    public static string? IdRegion(string? id) => id is null ? null : ChineseIdNumber.RegionCode(id);

    public static string ToText(bool? value) => value.HasValue ? (value.GetValueOrDefault() ? "true" : "false") : "";

    public static string ToText(decimal? value) => value.HasValue ? NumberSemantics.ToText(value.GetValueOrDefault()) : "";

    public static string ToText(string? value) => value ?? "";

    public static string ToText(DateOnly? value) => value.HasValue ? TemporalSemantics.Format(value.GetValueOrDefault()) : "";

    public static string ToText(DateTime? value) => value.HasValue ? TemporalSemantics.Format(value.GetValueOrDefault()) : "";

    public static string ToText(TimeOnly? value) => value.HasValue ? TemporalSemantics.Format(value.GetValueOrDefault()) : "";

    public static string Concat(string left, string right) => string.Concat(left, right);

    public static bool Matches(string? text, System.Text.RegularExpressions.Regex regex)
    {
        if (text is null)
        {
            return false;
        }

        try
        {
            return regex.IsMatch(text);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw ExpressionRuntimeException.RegexTimeout();
        }
    }
}
