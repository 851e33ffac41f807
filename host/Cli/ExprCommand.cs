using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Forms.Analysis;
using FormsEngine.Scripting;

namespace FormsEngine.Host.Cli;

/// <summary><c>expr eval '&lt;expression&gt;' [--data answers.json] [--form form.json] [--backend dotnet|js]</c>.</summary>
internal static class ExprCommand
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var expression = new Argument<string>("expression") { Description = "表达式 / the expression, e.g. '年龄 >= 60 && 社区 == \"东区\"'" };
        var data = new Option<FileInfo?>("--data") { Description = "答案 JSON 文件 / answers as a JSON object" };
        var form = new Option<FileInfo?>("--form") { Description = "表单定义，用于类型检查 / form definition to type-check against" };
        var backend = new Option<string>("--backend") { Description = "dotnet | js", DefaultValueFactory = _ => "dotnet" };
        backend.AcceptOnlyFromAmong("dotnet", "js");

        var eval = new Command("eval", "计算一个表达式 / evaluate one expression") { expression, data, form, backend };
        eval.SetAction(parsed => Evaluate(
            parsed.GetRequiredValue(expression),
            parsed.GetValue(data),
            parsed.GetValue(form),
            parsed.GetValue(backend) == "js",
            stdout,
            stderr));
        return new Command("expr", "表达式语言 / the expression language") { eval };
    }

    private static int Evaluate(string source, FileInfo? dataFile, FileInfo? formFile, bool javaScript, TextWriter stdout, TextWriter stderr)
    {
        JsonObject answers = [];
        if (dataFile is not null && !TryReadAnswers(dataFile, stderr, out answers))
        {
            return HostCli.BadInput;
        }

        ExpressionSchema schema;
        if (formFile is not null)
        {
            if (!TryReadForm(formFile, stderr, out var definition))
            {
                return HostCli.BadInput;
            }

            schema = FormAnalyzer.CreateSchema(definition);
        }
        else
        {
            schema = ExpressionSchema.FromJsonSamples(answers.Select(p => (p.Key, JsonSerializer.SerializeToElement(p.Value))).ToArray());
        }

        var compilation = ExpressionCompiler.Compile(source, schema);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            var label = diagnostic.IsError ? "error" : "warning";
            stderr.WriteLine($"{label}: {diagnostic.Line}:{diagnostic.Column}: {diagnostic.MessageZh} / {diagnostic.MessageEn}");
        }

        if (compilation.Expression is not { } compiled)
        {
            return HostCli.BadInput;
        }

        var result = javaScript
            ? BrowserBackendRunner.Evaluate(compiled, answers)
            : compiled.Evaluate(ExpressionRecordLoader.Load(schema, answers));
        if (!result.IsSuccess)
        {
            stderr.WriteLine($"error: {result.ErrorCode}: {result.MessageZh} / {result.MessageEn}");
            return HostCli.EvaluationFailed;
        }

        stdout.WriteLine(result.Value?.ToJsonString(Output) ?? "null");
        return HostCli.Success;
    }

    private static bool TryReadAnswers(FileInfo file, TextWriter stderr, out JsonObject answers)
    {
        answers = [];
        if (!CliJsonFile.TryRead(file, "答案", "answers", stderr, out var json))
        {
            return false;
        }

        if (json is not JsonObject parsed)
        {
            stderr.WriteLine($"error: {file.Name}: $: 答案文件必须是一个 JSON 对象 / the answers must be a JSON object");
            return false;
        }

        answers = parsed;
        return true;
    }

    private static bool TryReadForm(FileInfo file, TextWriter stderr, out FormDefinition form)
    {
        form = null!;
        if (!file.Exists)
        {
            stderr.WriteLine($"error: {file.FullName}: 找不到表单文件 / the form file does not exist");
            return false;
        }

        using var stream = file.OpenRead();
        var loaded = FormDefinition.Load(stream);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            stderr.WriteLine($"{(diagnostic.IsError ? "error" : "warning")}: {file.Name}: {diagnostic}");
        }

        if (loaded.Form is null)
        {
            return false;
        }

        form = loaded.Form;
        return true;
    }
}
