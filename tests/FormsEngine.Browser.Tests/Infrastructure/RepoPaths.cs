namespace FormsEngine.Browser.Tests.Infrastructure;

/// <summary>The repository root (the folder holding FormsEngine.sln), found from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FormsEngine.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("FormsEngine.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
