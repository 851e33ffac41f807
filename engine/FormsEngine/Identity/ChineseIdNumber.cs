namespace FormsEngine.Identity;

/// <summary>
/// The 18-character Chinese resident identity number (公民身份号码) of GB 11643-1999:
/// 6-digit region code, 8-digit birth date, 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character.
/// All members are allocation-free except <see cref="Normalize"/>.
/// </summary>
public static class ChineseIdNumber
{
    /// <summary>Length of a GB 11643-1999 number.</summary>
    public const int Length = 18;

    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string CheckCharacters = "10X98765432";

    /// <summary>Province-level codes (first two digits) in use: GB/T 2260.</summary>
    private static ReadOnlySpan<byte> Provinces =>
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    /// <summary>Checks <paramref name="value"/> and says what is wrong with it, if anything. A lower-case x is accepted.</summary>
    public static IdNumberProblem Validate(ReadOnlySpan<char> value)
    {
        if (value.Length != Length)
        {
            return IdNumberProblem.WrongLength;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var c = value[i];
            if (!char.IsAsciiDigit(c))
            {
                return IdNumberProblem.BadCharacter;
            }

            sum += (c - '0') * Weights[i];
        }

        var last = value[Length - 1];
        if (!char.IsAsciiDigit(last) && last is not ('X' or 'x'))
        {
            return IdNumberProblem.BadCharacter;
        }

        if (!Provinces.Contains((byte)(((value[0] - '0') * 10) + (value[1] - '0'))))
        {
            return IdNumberProblem.UnknownRegion;
        }

        if (!TryReadBirthDate(value, out _))
        {
            return IdNumberProblem.BadBirthDate;
        }

        return char.ToUpperInvariant(last) == CheckCharacters[sum % 11]
            ? IdNumberProblem.None
            : IdNumberProblem.BadChecksum;
    }

    /// <summary>True when <paramref name="value"/> is a valid number.</summary>
    public static bool IsValid(ReadOnlySpan<char> value) => Validate(value) == IdNumberProblem.None;

    /// <summary>The check character that completes the first 17 digits.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length < Length - 1)
        {
            throw new ArgumentException("Need 17 digits.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException("Only digits are allowed.", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>The birth date of a valid number, or null.</summary>
    public static DateOnly? BirthDate(ReadOnlySpan<char> value) =>
        IsValid(value) && TryReadBirthDate(value, out var date) ? date : null;

    /// <summary>"M" (odd sequence digit) or "F" (even) for a valid number, or null.</summary>
    public static string? Sex(ReadOnlySpan<char> value) =>
        IsValid(value) ? ((value[16] - '0') % 2 == 1 ? "M" : "F") : null;

    /// <summary>The 6-digit administrative region code of a valid number, or null.</summary>
    public static string? RegionCode(ReadOnlySpan<char> value) => IsValid(value) ? value[..6].ToString() : null;

    /// <summary>Trims and upper-cases the check character (x → X); other characters are left as they are.</summary>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return trimmed.Length == Length && trimmed[^1] == 'x' ? string.Concat(trimmed.AsSpan(0, Length - 1), "X") : trimmed;
    }

    private static bool TryReadBirthDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        var year = ReadNumber(value.Slice(6, 4));
        var month = ReadNumber(value.Slice(10, 2));
        var day = ReadNumber(value.Slice(12, 2));
        date = default;
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int ReadNumber(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
