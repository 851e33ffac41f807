using System.Globalization;
using System.Text.RegularExpressions;

namespace FormsEngine.Packs;

/// <summary>A semantic version, <c>MAJOR.MINOR.PATCH[-prerelease]</c>, ordered as semver orders them (a prerelease sorts before its release).</summary>
public sealed partial record PackVersion(int Major, int Minor, int Patch, string? Prerelease) : IComparable<PackVersion>
{
    /// <summary>Parses <paramref name="text"/>, or returns null when it is not a semantic version.</summary>
    public static PackVersion? TryParse(string? text)
    {
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true }
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return null;
        }

        return new PackVersion(major, minor, patch, match.Groups[4].Success ? match.Groups[4].Value : null);
    }

    /// <inheritdoc/>
    public int CompareTo(PackVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        return (Prerelease, other.Prerelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(Prerelease, other.Prerelease),
        };
    }

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(PackVersion left, PackVersion right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(PackVersion left, PackVersion right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(PackVersion left, PackVersion right) => !(left > right);

    /// <summary>True when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(PackVersion left, PackVersion right) => !(left < right);

    /// <summary><c>1.2.0</c> or <c>1.2.0-rc.1</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}{(Prerelease is null ? "" : "-" + Prerelease)}");

    [GeneratedRegex(@"^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})(?:-([0-9A-Za-z.-]{1,40}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
