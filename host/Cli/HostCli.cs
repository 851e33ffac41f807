using System.CommandLine;

namespace FormsEngine.Host.Cli;

/// <summary>
/// The host's command-line verbs (<c>dotnet run --project host -- expr eval …</c>, <c>rules eval …</c>, <c>pack test …</c>). Exit codes: 0 success,
/// 1 the evaluation itself failed (e.g. division by zero), 2 bad input (compile errors, unreadable files, bad options).
/// </summary>
internal static class HostCli
{
    public const int Success = 0;
    public const int EvaluationFailed = 1;
    public const int BadInput = 2;

    private static readonly string[] Verbs = ["expr", "rules", "db", "pack"];

    /// <summary>True when <paramref name="args"/> start with a CLI verb rather than web host settings.</summary>
    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("FormsEngine 命令行 / command line")
        {
            ExprCommand.Create(stdout, stderr),
            RulesCommand.Create(stdout, stderr),
            DbCommand.Create(stdout),
            PackCommand.Create(stdout, stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("用法见 --help / see --help for usage");
            return BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
