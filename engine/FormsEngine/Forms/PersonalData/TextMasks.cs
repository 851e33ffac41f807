using System.Globalization;
using System.Text;

namespace FormsEngine.Forms.PersonalData;

/// <summary>
/// The masks staff lists show in place of personal data: <c>110***********123X</c> for an ID number,
/// <c>138****8000</c> for a mobile number, <c>王*</c> for a name, <c>z***@example.com</c> for an email address.
/// Masks keep the length of ID numbers and phones (so a column lines up) and never more than a few characters of anything.
/// </summary>
public static class TextMasks
{
    /// <summary>The mask character.</summary>
    public const char MaskChar = '*';

    /// <summary>First 3 and last 4 characters kept: <c>110***********123X</c>.</summary>
    public static string IdNumber(string value) => KeepEnds(value, 3, 4);

    /// <summary>First 3 and last 4 digits kept: <c>138****8000</c>.</summary>
    public static string Mobile(string value) => KeepEnds(value, 3, 4);

    /// <summary>First character of the local part and the whole domain kept: <c>z***@example.com</c>.</summary>
    public static string Email(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? Text(value) : string.Concat(FirstElement(value.AsSpan(0, at)), "***", value.AsSpan(at));
    }

    /// <summary>
    /// Free text such as a name: the first character (text element, so a surrogate pair stays whole) and one mask
    /// character for each of the others, at most three: <c>王*</c>, <c>欧阳**</c>, <c>Z***</c>.
    /// </summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var info = new StringInfo(value.Trim());
        if (info.LengthInTextElements == 0)
        {
            return "";
        }

        return info.SubstringByTextElements(0, 1) + new string(MaskChar, Math.Clamp(info.LengthInTextElements - 1, 1, 3));
    }

    /// <summary>Nothing of the value kept.</summary>
    public static string Hidden => "***";

    private static string KeepEnds(string value, int head, int tail)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= head + tail)
        {
            return new string(MaskChar, value.Length);
        }

        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, head).Append(MaskChar, value.Length - head - tail).Append(value, value.Length - tail, tail);
        return builder.ToString();
    }

    private static string FirstElement(ReadOnlySpan<char> text) =>
        text.Length == 0 ? "" : text[..StringInfo.GetNextTextElementLength(text)].ToString();
}
