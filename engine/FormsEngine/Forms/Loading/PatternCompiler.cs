using System.Text.RegularExpressions;

namespace FormsEngine.Forms.Loading;

/// <summary>
/// Compiles a field's <c>pattern</c> once, at load time (to IL, since a loaded form serves many submissions), anchored
/// to match the whole answer.
/// </summary>
internal static class PatternCompiler
{
    /// <summary>Bound on one match, so a careless pattern cannot stall a submission.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public static Regex? Compile(string pattern, string path, LoadContext context)
    {
        try
        {
            return new Regex($@"\A(?:{pattern})\z", RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            context.Error(
                LoadCodes.InvalidPattern,
                path,
                "正则表达式无效：" + ex.Message,
                "invalid regular expression: " + ex.Message);
            return null;
        }
    }
}
