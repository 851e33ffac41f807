using System.Globalization;

namespace FormsEngine.Forms;

/// <summary>Builds JSON paths (<c>$.fields[3].options</c>, <c>$.家庭成员[1].身份证号</c>) for diagnostics.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsPlainName(name) ? string.Concat(parent, ".", name) : string.Concat(parent, "['", name.Replace("'", "\\'", StringComparison.Ordinal), "']");

    public static string Index(string parent, int index) =>
        string.Concat(parent, "[", index.ToString(CultureInfo.InvariantCulture), "]");

    /// <summary>A name that can follow a dot: an identifier (Unicode letters allowed).</summary>
    public static bool IsPlainName(string name) => FieldKeys.IsValid(name);
}
