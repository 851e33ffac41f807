namespace FormsEngine.Designer.Tests.Forms;

/// <summary>Finds the repository root (the folder holding FormsEngine.sln) from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FormsEngine.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("FormsEngine.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SampleForms => Path.Combine(Root, "rulepacks", "forms");
}
