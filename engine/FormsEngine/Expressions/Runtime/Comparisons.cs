namespace FormsEngine.Expressions.Runtime;

/// <summary>
/// Comparison rules: <c>null == null</c> is true, null equals nothing else, and every ordering comparison with a
/// null operand is false. Text compares ordinally. One overload per storage type, so compiled code never boxes.
/// </summary>
internal static class Comparisons
{
    public static bool Equal(bool? a, bool? b) => a.HasValue == b.HasValue && a.GetValueOrDefault() == b.GetValueOrDefault();

    public static bool Equal(decimal? a, decimal? b) => a.HasValue == b.HasValue && a.GetValueOrDefault() == b.GetValueOrDefault();

    public static bool Equal(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    public static bool Equal(DateOnly? a, DateOnly? b) => a.HasValue == b.HasValue && a.GetValueOrDefault() == b.GetValueOrDefault();

    public static bool Equal(DateTime? a, DateTime? b) => a.HasValue == b.HasValue && a.GetValueOrDefault() == b.GetValueOrDefault();

    public static bool Equal(TimeOnly? a, TimeOnly? b) => a.HasValue == b.HasValue && a.GetValueOrDefault() == b.GetValueOrDefault();

    /// <summary>-1/0/1, or null when either side is null.</summary>
    public static int? Compare(decimal? a, decimal? b) => a.HasValue && b.HasValue ? a.GetValueOrDefault().CompareTo(b.GetValueOrDefault()) : null;

    public static int? Compare(string? a, string? b) => a is not null && b is not null ? Math.Sign(string.CompareOrdinal(a, b)) : null;

    public static int? Compare(DateOnly? a, DateOnly? b) => a.HasValue && b.HasValue ? a.GetValueOrDefault().CompareTo(b.GetValueOrDefault()) : null;

    public static int? Compare(DateTime? a, DateTime? b) => a.HasValue && b.HasValue ? a.GetValueOrDefault().CompareTo(b.GetValueOrDefault()) : null;

    public static int? Compare(TimeOnly? a, TimeOnly? b) => a.HasValue && b.HasValue ? a.GetValueOrDefault().CompareTo(b.GetValueOrDefault()) : null;
}
