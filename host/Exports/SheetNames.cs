using System.Buffers;
using System.Globalization;
using System.Text;

namespace FormsEngine.Host.Exports;

/// <summary>Excel sheet names: at most 31 characters, none of <c>[]:*?/\</c>, not starting or ending with an apostrophe.</summary>
internal static class SheetNames
{
    public const int MaxLength = 31;

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("[]:*?/\\");

    /// <summary>Used when nothing of the title is left.</summary>
    public const string Fallback = "提交记录";

    public static string From(string? title)
    {
        var builder = new StringBuilder(MaxLength);
        var enumerator = StringInfo.GetTextElementEnumerator(title ?? "");
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (element.AsSpan().IndexOfAny(Forbidden) >= 0 || char.IsControl(element[0]))
            {
                continue;
            }

            if (builder.Length + element.Length > MaxLength)
            {
                break;
            }

            builder.Append(element);
        }

        var name = builder.ToString().Trim().Trim('\'').Trim();
        return name.Length == 0 ? Fallback : name;
    }
}
