namespace FormsEngine.Expressions.Runtime;

/// <summary>
/// Number rules shared by both backends (the JavaScript runtime implements the same rules on scaled integers):
/// every number has at most <see cref="Scale"/> decimal places; every arithmetic result is rounded to that scale,
/// midpoint away from zero, and must lie within ±<see cref="MaxValue"/>, which keeps every value inside the
/// 15 significant digits a JavaScript double represents exactly.
/// </summary>
internal static class NumberSemantics
{
    public const int Scale = 6;

    public const decimal MaxValue = 99_999_999.999999m;

    public static decimal Round(decimal value) => Math.Round(value, Scale, MidpointRounding.AwayFromZero);

    public static bool InRange(decimal value) => value is >= -MaxValue and <= MaxValue;

    /// <summary>
    /// Canonicalises a number read from JSON exactly like the JavaScript runtime: the IEEE double is scaled by 10^6
    /// and rounded half away from zero; null when out of range.
    /// </summary>
    public static decimal? FromDouble(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return null;
        }

        var scaled = Math.Round(value * 1_000_000d, MidpointRounding.AwayFromZero);
        if (Math.Abs(scaled) > 99_999_999_999_999d)
        {
            return null;
        }

        var result = (decimal)(long)scaled / 1_000_000m;
        return result == 0m ? 0m : result;
    }

    public static decimal? Add(decimal? a, decimal? b) => a.HasValue && b.HasValue ? Check(a.GetValueOrDefault() + b.GetValueOrDefault()) : null;

    public static decimal? Subtract(decimal? a, decimal? b) => a.HasValue && b.HasValue ? Check(a.GetValueOrDefault() - b.GetValueOrDefault()) : null;

    public static decimal? Multiply(decimal? a, decimal? b)
    {
        if (!a.HasValue || !b.HasValue)
        {
            return null;
        }

        var x = a.GetValueOrDefault();
        var y = b.GetValueOrDefault();
        if (Math.Abs(x) * Math.Abs(y) > 2 * MaxValue)
        {
            throw ExpressionRuntimeException.NumberOutOfRange();
        }

        return Check(Round(x * y));
    }

    public static decimal? Divide(decimal? a, decimal? b)
    {
        if (!a.HasValue || !b.HasValue)
        {
            return null;
        }

        var y = b.GetValueOrDefault();
        if (y == 0m)
        {
            throw ExpressionRuntimeException.DivideByZero();
        }

        var x = a.GetValueOrDefault();
        if (Math.Abs(x) > 2 * MaxValue * Math.Abs(y))
        {
            throw ExpressionRuntimeException.NumberOutOfRange();
        }

        return Check(Round(x / y));
    }

    public static decimal? Remainder(decimal? a, decimal? b)
    {
        if (!a.HasValue || !b.HasValue)
        {
            return null;
        }

        var y = b.GetValueOrDefault();
        return y == 0m ? throw ExpressionRuntimeException.DivideByZero() : Check(a.GetValueOrDefault() % y);
    }

    public static decimal? Negate(decimal? a) => a.HasValue ? Check(-a.GetValueOrDefault()) : null;

    public static decimal? RoundTo(decimal? value, decimal? digits)
    {
        if (!value.HasValue)
        {
            return null;
        }

        var d = digits.GetValueOrDefault();
        if (!digits.HasValue || d < 0 || d > Scale || d != decimal.Truncate(d))
        {
            throw ExpressionRuntimeException.RoundDigits();
        }

        return Check(Math.Round(value.GetValueOrDefault(), (int)d, MidpointRounding.AwayFromZero));
    }

    /// <summary>The smaller/larger of two numbers, ignoring null; null when both are null.</summary>
    public static decimal? Min(decimal? a, decimal? b) =>
        !a.HasValue ? b : !b.HasValue ? a : a.GetValueOrDefault() <= b.GetValueOrDefault() ? a : b;

    public static decimal? Max(decimal? a, decimal? b) =>
        !a.HasValue ? b : !b.HasValue ? a : a.GetValueOrDefault() >= b.GetValueOrDefault() ? a : b;

    /// <summary>Invariant text of a number with no trailing zeros: 1.5, 0.000001, -12.</summary>
    public static string ToText(decimal value) =>
        value == 0m ? "0" : value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Removes trailing zeros so JSON output is canonical (1.50 → 1.5, -0 → 0).</summary>
    public static decimal Normalize(decimal value) => value == 0m ? 0m : value / 1.000000000000000000000000000000000m;

    private static decimal Check(decimal value)
    {
        if (!InRange(value))
        {
            throw ExpressionRuntimeException.NumberOutOfRange();
        }

        return value == 0m ? 0m : value;
    }
}
