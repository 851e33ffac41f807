namespace FormsEngine.Forms.Loading;

/// <summary>The min ≤ max check shared by lengths, numbers, dates, counts and items.</summary>
internal static class RangeChecks
{
    public static void MinNotAboveMax<T>(ObjectReader r, string minName, T? min, T? max)
        where T : struct, IComparable<T>
    {
        if (min is { } lo && max is { } hi && lo.CompareTo(hi) > 0)
        {
            r.Context.Error(
                LoadCodes.MinGreaterThanMax,
                r.PathOf(minName),
                "最小值不能大于最大值",
                "the minimum must not be greater than the maximum");
        }
    }
}
