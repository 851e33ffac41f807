namespace FormsEngine.LoadTest;

/// <summary>The repository root: the first folder holding FormsEngine.sln, from the working directory or the binaries upward.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FormsEngine.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("FormsEngine.sln not found above the working directory or the binaries");
    }
}
