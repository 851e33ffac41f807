using FormsEngine.Host.Hosting;

namespace FormsEngine.Host.Workflows;

/// <summary>
/// Where the host keeps its SQLite database: <c>{DataPath}/formsengine.db</c>, created on first use. A relative
/// <c>DataPath</c> is taken from the working directory, so <c>dotnet run --project host</c> in the repository writes
/// <c>./data</c>.
/// </summary>
internal static class DataFolder
{
    public const string DatabaseFileName = "formsengine.db";

    /// <summary>The data folder, <c>DataPath</c> resolved against the working directory (not created).</summary>
    public static string Resolve(FormsEngineHostOptions options) => Path.GetFullPath(options.DataPath, Environment.CurrentDirectory);

    public static string DatabasePath(FormsEngineHostOptions options)
    {
        var folder = Resolve(options);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, DatabaseFileName);
    }
}
