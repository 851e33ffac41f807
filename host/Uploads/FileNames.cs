using System.Globalization;
using System.Text;

namespace FormsEngine.Host.Uploads;

/// <summary>
/// Makes an uploaded file's name safe to store and show: keeps only the part after the last / or \, drops control
/// and bidirectional-override characters and those Windows forbids (<c>&lt;&gt;:"|?*</c>), trims spaces and dots,
/// keeps Chinese, and caps the length at <see cref="MaxLength"/> characters keeping the extension. Never empty.
/// </summary>
internal static class FileNames
{
    public const int MaxLength = 100;

    /// <summary>The name used when nothing usable is left.</summary>
    public const string Fallback = "文件";

    private const int MaxExtensionLength = 10;

    private static readonly string[] Reserved = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    public static string Sanitize(string? name)
    {
        var raw = name ?? "";
        var slash = raw.LastIndexOfAny(['/', '\\']);
        if (slash >= 0)
        {
            raw = raw[(slash + 1)..];
        }

        var builder = new StringBuilder(raw.Length);
        foreach (var rune in raw.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (rune.IsAscii && "<>:\"|?*".Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                continue;
            }

            builder.Append(rune.IsAscii || !Rune.IsWhiteSpace(rune) ? rune.ToString() : " ");
        }

        var clean = builder.ToString().Trim().Trim('.').Trim();
        if (clean.Length == 0)
        {
            return Fallback;
        }

        var stem = Path.GetFileNameWithoutExtension(clean);
        if (Array.Exists(Reserved, r => string.Equals(r, stem, StringComparison.OrdinalIgnoreCase)))
        {
            clean = "_" + clean;
        }

        return Cap(clean);
    }

    /// <summary>Cuts whole text elements (never half an emoji or a surrogate pair), keeping a short extension.</summary>
    private static string Cap(string name)
    {
        var length = new StringInfo(name).LengthInTextElements;
        if (length <= MaxLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        if (extension.Length > MaxExtensionLength)
        {
            extension = "";
        }

        var stem = name[..(name.Length - extension.Length)];
        var keep = MaxLength - extension.Length;
        var info = new StringInfo(stem);
        return info.SubstringByTextElements(0, Math.Min(keep, info.LengthInTextElements)).TrimEnd() + extension;
    }
}
