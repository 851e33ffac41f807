namespace FormsEngine.Host.Hosting;

/// <summary>
/// Finds the rule packs folder: the configured path (relative to the working directory), else the first
/// <c>rulepacks/</c> in or above the working directory, else in or above the content root (the binaries' folder).
/// </summary>
internal static class RulePacksLocator
{
    public static string? Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, Environment.CurrentDirectory);
            return Directory.Exists(full) ? full : null;
        }

        return SearchUpwards(Environment.CurrentDirectory) ?? SearchUpwards(contentRoot);
    }

    private static string? SearchUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rulepacks");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
