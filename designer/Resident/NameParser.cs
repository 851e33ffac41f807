using System.Globalization;

namespace FormsEngine.Designer.Resident;

/// <summary>
/// Splits a control name of the <see cref="FieldNames"/> scheme into its parts: <c>家庭成员[2].住址.room</c> →
/// key 家庭成员, index 2, key 住址, key room. Never throws; a malformed name gives false.
/// </summary>
internal static class NameParser
{
    /// <summary>At most this many parts (three nested groups with an address part fits easily).</summary>
    public const int MaxParts = 12;

    /// <summary>One part: a key, or (when <see cref="Key"/> is null) an item index; <see cref="End"/> is where it ends in the name.</summary>
    public readonly record struct Part(string? Key, int Index, int End);

    public static bool TryParse(string name, List<Part> parts)
    {
        parts.Clear();
        var i = 0;
        while (i < name.Length)
        {
            if (parts.Count == MaxParts)
            {
                return false;
            }

            if (name[i] == '[')
            {
                var close = name.IndexOf(']', i + 1);
                if (close < 0 || close - i - 1 is < 1 or > 9
                    || !int.TryParse(name.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return false;
                }

                parts.Add(new Part(null, index, close + 1));
                i = close + 1;
                continue;
            }

            if (parts.Count > 0)
            {
                if (name[i] != '.')
                {
                    return false;
                }

                i++;
            }

            var start = i;
            while (i < name.Length && name[i] is not ('.' or '['))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }

            parts.Add(new Part(name[start..i], 0, i));
        }

        return parts.Count > 0;
    }
}
