namespace FormsEngine.Forms.Loading;

/// <summary>The keys already used in one answer scope (the form with its pages, or one repeat group).</summary>
internal sealed class KeyScope
{
    private readonly Dictionary<string, string> _firstPath = new(StringComparer.Ordinal);

    /// <summary>Registers a key; returns the path of the earlier field when the key is taken.</summary>
    public string? TryAdd(string key, string path) =>
        _firstPath.TryAdd(key, path) ? null : _firstPath[key];
}
