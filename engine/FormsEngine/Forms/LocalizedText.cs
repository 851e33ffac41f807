using System.Text.Json.Nodes;

namespace FormsEngine.Forms;

/// <summary>
/// Text in several languages, stored as <c>{"zh-CN":"…","en":"…"}</c>. Chinese is always present;
/// English and any further languages are optional and kept on a round trip.
/// </summary>
public sealed class LocalizedText
{
    /// <summary>The language tag of the mandatory Chinese text.</summary>
    public const string ChineseTag = "zh-CN";

    /// <summary>The language tag of the optional English text.</summary>
    public const string EnglishTag = "en";

    private readonly KeyValuePair<string, string>[] _entries;

    internal LocalizedText(KeyValuePair<string, string>[] entries)
    {
        _entries = entries;
    }

    /// <summary>The Chinese text (<c>zh-CN</c>).</summary>
    public string Zh => Get(ChineseTag) ?? "";

    /// <summary>The English text (<c>en</c>), or null.</summary>
    public string? En => Get(EnglishTag);

    /// <summary>The text for a language tag, or null when absent.</summary>
    public string? Get(string languageTag)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, languageTag, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The English text when present, otherwise the Chinese text.</summary>
    public string EnOrZh => En ?? Zh;

    internal JsonObject ToJson()
    {
        var obj = new JsonObject();
        foreach (var entry in _entries)
        {
            obj[entry.Key] = entry.Value;
        }

        return obj;
    }

    /// <summary>The Chinese text.</summary>
    public override string ToString() => Zh;
}
