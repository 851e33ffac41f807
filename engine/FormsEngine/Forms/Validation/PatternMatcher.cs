using System.Text.RegularExpressions;

namespace FormsEngine.Forms.Validation;

/// <summary>Runs a field pattern; a match that times out counts as a mismatch.</summary>
internal static class PatternMatcher
{
    public static bool IsMatch(Regex regex, ReadOnlySpan<char> text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
