using System.Text.RegularExpressions;

namespace FormsEngine.Host.Tests;

/// <summary>Whether an answer speaks Chinese: the hostile-input tests require a Chinese message for every refusal.</summary>
internal static partial class ChineseText
{
    /// <summary>Any Han character.</summary>
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    public static partial Regex Pattern();
}
