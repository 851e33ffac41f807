using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace FormsEngine.Host.Tests.Resident;

/// <summary>
/// What a browser would post from rendered HTML (templates excluded): text inputs and textareas, checked radios and
/// checkboxes, hidden inputs; no file parts, no buttons. Enough for round trips; not a general HTML parser.
/// </summary>
internal static partial class HtmlForm
{
    public static List<KeyValuePair<string, StringValues>> Post(string html)
    {
        html = Template().Replace(html, "");
        var pairs = new List<(string Name, string Value)>();
        foreach (Match m in Textarea().Matches(html))
        {
            if (Attributes(m.Groups["attrs"].Value).TryGetValue("name", out var name))
            {
                pairs.Add((name, WebUtility.HtmlDecode(m.Groups["body"].Value)));
            }
        }

        foreach (Match m in Input().Matches(html))
        {
            var attrs = Attributes(m.Groups["attrs"].Value);
            var type = attrs.GetValueOrDefault("type", "text");
            if (!attrs.TryGetValue("name", out var name) || type is "file" or "submit" or "button"
                || (type is "radio" or "checkbox" && !attrs.ContainsKey("checked")))
            {
                continue;
            }

            pairs.Add((name, attrs.GetValueOrDefault("value", "")));
        }

        return pairs.GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, StringValues>(g.Key, new StringValues(g.Select(p => p.Value).ToArray())))
            .ToList();
    }

    public static Dictionary<string, string> Attributes(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match a in Attribute().Matches(text))
        {
            result[a.Groups["name"].Value] = WebUtility.HtmlDecode(a.Groups["value"].Success ? a.Groups["value"].Value : "");
        }

        return result;
    }

    /// <summary>Every start tag with its attributes, templates excluded.</summary>
    public static IEnumerable<(string Tag, Dictionary<string, string> Attrs)> Tags(string html)
    {
        html = Template().Replace(html, "");
        foreach (Match m in StartTag().Matches(html))
        {
            yield return (m.Groups["tag"].Value, Attributes(m.Groups["attrs"].Value));
        }
    }

    [GeneratedRegex("<template[^>]*>.*?</template>", RegexOptions.Singleline)]
    private static partial Regex Template();

    [GeneratedRegex("""<textarea(?<attrs>[^>]*)>(?<body>.*?)</textarea>""", RegexOptions.Singleline)]
    private static partial Regex Textarea();

    [GeneratedRegex("""<input(?<attrs>[^>]*)>""")]
    private static partial Regex Input();

    [GeneratedRegex("""<(?<tag>[a-z]+)(?<attrs>(?:\s[^>]*)?)>""")]
    private static partial Regex StartTag();

    [GeneratedRegex("""\s(?<name>[a-z-]+)(?:="(?<value>[^"]*)")?""")]
    private static partial Regex Attribute();
}
