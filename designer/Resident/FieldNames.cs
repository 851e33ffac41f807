using System.Globalization;
using System.Text;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// The HTML naming scheme, shared by <see cref="FormPageRenderer"/>, <see cref="FormPostReader"/> and resident.js.
/// A control's <c>name</c> is its answer path without the leading <c>$.</c>: <c>姓名</c>, <c>住址.building</c>,
/// <c>家庭成员[0].姓名</c>, <c>位置.lat</c>. Field keys are identifiers (no dots, brackets or hyphens), so the names
/// are unambiguous and match the paths of <see cref="FormsEngine.Diagnostics.Diagnostic"/>. The element id is
/// <c>fe-</c> plus the name with <c>.</c> and <c>[</c> turned into <c>-</c> and <c>]</c> dropped
/// (<c>fe-家庭成员-0-姓名</c>), which needs no escaping in CSS selectors.
/// </summary>
internal static class FieldNames
{
    public const string IdPrefix = "fe-";

    /// <summary>The name of <paramref name="key"/> inside <paramref name="parent"/> (empty for the top level).</summary>
    public static string Child(string parent, string key) => parent.Length == 0 ? key : string.Concat(parent, ".", key);

    /// <summary>The name of item <paramref name="index"/> of a repeat group.</summary>
    public static string Item(string group, int index) => string.Concat(group, "[", index.ToString(CultureInfo.InvariantCulture), "]");

    /// <summary>The name of an item whose index the script fills in (<c>家庭成员[__i0__]</c>).</summary>
    public static string TemplateItem(string group, int depth) =>
        string.Concat(group, "[", Placeholder(depth), "]");

    public static string Placeholder(int depth) => "__i" + depth.ToString(CultureInfo.InvariantCulture) + "__";

    /// <summary>The element id of a name.</summary>
    public static string Id(string name)
    {
        var sb = new StringBuilder(IdPrefix.Length + name.Length);
        sb.Append(IdPrefix);
        foreach (var c in name)
        {
            switch (c)
            {
                case '.' or '[':
                    sb.Append('-');
                    break;
                case ']':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The name of an answer path (<c>$.家庭成员[0].姓名</c> → <c>家庭成员[0].姓名</c>); null when it has none.</summary>
    public static string? FromPath(string? path)
    {
        if (path is null || path.Length < 2 || path[0] != '$')
        {
            return null;
        }

        return path[1] == '.' ? path[2..] : null;
    }
}
