using System.CommandLine;
using FormsEngine.Host.Packs;
using FormsEngine.Packs;

namespace FormsEngine.Host.Cli;

/// <summary>
/// <c>pack validate|test|build &lt;dir-or-zip&gt;</c>: lists every problem with its file and JSON path (exit 2 if
/// any), runs the golden cases (<c>N passed, N failed</c>, exit 1 on a failure), or writes the .zip with its hash.
/// </summary>
internal static class PackCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var validatePath = PathArgument();
        var validate = new Command("validate", "检查规则包的全部内容，列出每个问题 / check everything in a pack and list every problem") { validatePath };
        validate.SetAction(parsed => Validate(parsed.GetRequiredValue(validatePath), stdout, stderr));

        var testPath = PathArgument();
        var test = new Command("test", "运行规则包的全部黄金用例 / run the pack's golden cases") { testPath };
        test.SetAction((parsed, ct) => TestAsync(parsed.GetRequiredValue(testPath), stdout, stderr, ct));

        var buildPath = PathArgument();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "zip 写到哪个文件夹（默认当前文件夹）/ folder for the .zip (default: current)" };
        var build = new Command("build", "检查并打包为 .zip，附内容哈希 / check and write the .zip with its content hash") { buildPath, output };
        build.SetAction(parsed => Build(parsed.GetRequiredValue(buildPath), parsed.GetValue(output), stdout, stderr));
        return new Command("pack", "规则包 / rule packs") { validate, test, build };
    }

    private static Argument<string> PathArgument() => new("path") { Description = "规则包文件夹或 .zip / the pack folder or .zip" };

    private static int Validate(string path, TextWriter stdout, TextWriter stderr)
    {
        if (Load(path, stderr) is not { } pack)
        {
            return HostCli.BadInput;
        }

        stdout.WriteLine($"{pack.Manifest.Id} {pack.Manifest.Version} {pack.ContentHash}");
        stdout.WriteLine($"表单 forms {pack.Forms.Count} · 规则集 rule sets {pack.RuleSets.Count} · 决策表 tables {pack.Tables.Count} · 流程 workflows {pack.Workflows.Count} · 参数 parameters {pack.Manifest.Parameters.Count} · 用例 cases {pack.Cases.Count}");
        stdout.WriteLine("没有问题 / no problems");
        return HostCli.Success;
    }

    private static async Task<int> TestAsync(string path, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (Load(path, stderr) is not { } pack)
        {
            return HostCli.BadInput;
        }

        var results = await new PackCaseVerifier().RunAsync(pack, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            stdout.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {result.Case.Title}");
            foreach (var failure in result.Failures)
            {
                stdout.WriteLine($"     {failure}");
            }
        }

        var failed = results.Count(r => !r.Passed);
        stdout.WriteLine($"{results.Count - failed} passed, {failed} failed");
        return failed == 0 && results.Count > 0 ? HostCli.Success : HostCli.EvaluationFailed;
    }

    private static int Build(string path, DirectoryInfo? output, TextWriter stdout, TextWriter stderr)
    {
        if (Load(path, stderr) is not { } pack)
        {
            return HostCli.BadInput;
        }

        var folder = output?.FullName ?? Directory.GetCurrentDirectory();
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"输出文件夹不存在：{folder}（-o 是文件夹，请先创建）/ the output folder does not exist: {folder} (-o names a folder; create it first)");
            return HostCli.BadInput;
        }

        var target = Path.Combine(folder, PackBuilder.FileName(pack));
        try
        {
            using var file = File.Create(target);
            PackBuilder.Write(pack, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"无法写入 {target}：{e.Message} / cannot write {target}: {e.Message}");
            return HostCli.BadInput;
        }

        stdout.WriteLine(target);
        stdout.WriteLine(pack.ContentHash);
        return HostCli.Success;
    }

    private static RulePack? Load(string path, TextWriter stderr)
    {
        var result = PackLoader.Load(path);
        foreach (var problem in result.Problems)
        {
            stderr.WriteLine($"{(problem.IsError ? "error" : "warning")}: {problem}");
        }

        if (!result.Succeeded)
        {
            stderr.WriteLine($"{result.Errors.Count()} 个问题，规则包未通过检查 / {result.Errors.Count()} problem(s): the pack is refused");
        }

        return result.Pack;
    }
}
