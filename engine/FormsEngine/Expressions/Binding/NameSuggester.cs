namespace FormsEngine.Expressions.Binding;

/// <summary>Finds the closest known name for a "did you mean …?" hint, by edit distance.</summary>
internal static class NameSuggester
{
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Short Chinese names differ by one character (年纪/年龄); longer names may be two edits away.
        var allowed = Math.Max(name.Length, best?.Length ?? 0) <= 4 ? 1 : 2;
        return best is not null && bestDistance <= allowed && bestDistance < Math.Max(name.Length, best.Length) ? best : null;
    }

    /// <summary>Levenshtein distance, case-insensitive for ASCII letters.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
