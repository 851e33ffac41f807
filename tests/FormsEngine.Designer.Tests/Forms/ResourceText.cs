using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FormsEngine.Designer.Tests.Forms;

/// <summary>
/// What the designer's text tests share: reading a .resx under designer/Resources, spotting Chinese, and finding
/// Chinese literals left in markup (outside Razor and line comments) that belong in a .resx.
/// </summary>
internal static partial class ResourceText
{
    private static string Resources => Path.Combine(RepoPaths.Root, "designer", "Resources");

    /// <summary>The entries of <paramref name="file"/> (a .resx in designer/Resources), by name.</summary>
    public static Dictionary<string, string> Entries(string file) => XDocument.Load(Path.Combine(Resources, file)).Root!
        .Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    /// <summary>Every line of <paramref name="files"/> with Chinese outside comments, as <c>file:line: text</c>.</summary>
    public static List<string> ChineseLiterals(IEnumerable<string> files)
    {
        var found = new List<string>();
        foreach (var file in files)
        {
            var text = RazorComment().Replace(File.ReadAllText(file), m => new string('\n', m.Value.Count(c => c == '\n')));
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (Chinese().IsMatch(LineComment().Replace(lines[i], "")))
                {
                    found.Add($"{Path.GetFileName(file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        return found;
    }

    /// <summary>Han characters, CJK punctuation or full-width forms.</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    public static partial Regex Chinese();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"^\s*//.*$")]
    private static partial Regex LineComment();
}
