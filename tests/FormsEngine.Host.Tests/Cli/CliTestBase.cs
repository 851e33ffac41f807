using FormsEngine.Host.Cli;

namespace FormsEngine.Host.Tests.Cli;

/// <summary>Runs CLI verbs in-process with captured output, and writes input files into a temporary folder.</summary>
public abstract class CliTestBase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("formsengine-cli-").FullName;

    protected string Folder => _folder;

    protected static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = HostCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString().Trim(), stderr.ToString().Trim());
    }

    protected string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
