namespace FormsEngine.Expressions.Runtime;

/// <summary>List helpers; a missing list behaves like an empty one.</summary>
internal static class ListOperations
{
    public static decimal Length(Array? list) => list?.Length ?? 0;

    public static bool IsBlank(Array? list) => list is null || list.Length == 0;

    /// <summary>The element at a whole-number, zero-based <paramref name="index"/>; null (default) when out of range.</summary>
    public static T? At<T>(T[]? list, decimal? index)
    {
        if (list is null || !index.HasValue)
        {
            return default;
        }

        var i = index.GetValueOrDefault();
        return i >= 0 && i < list.Length && i == decimal.Truncate(i) ? list[(int)i] : default;
    }

    public static bool Contains<T>(T[]? list, T? item) =>
        list is not null && item is not null && Array.IndexOf(list, item) >= 0;
}
