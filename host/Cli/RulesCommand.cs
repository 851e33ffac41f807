using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Rules;

namespace FormsEngine.Host.Cli;

/// <summary><c>rules eval --rules rules.json [--workflow name] --input input1=answers.json … [--trace]</c>.</summary>
internal static class RulesCommand
{
    private static readonly JsonSerializerOptions Output = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = new Option<FileInfo>("--rules") { Description = "规则文件（RulesEngine JSON 格式）/ rule file in the RulesEngine JSON format", Required = true };
        var workflow = new Option<string?>("--workflow") { Description = "只运行这个工作流 / run only this workflow" };
        var inputs = new Option<string[]>("--input") { Description = "输入，格式 名称=文件.json，可重复 / a named input, name=file.json (repeatable)" };
        var trace = new Option<bool>("--trace") { Description = "同时输出每个条件的取值 / also show each condition's value and the fields it read" };
        var eval = new Command("eval", "用输入运行规则集，输出结果树 / run a rule set on inputs and print the result trees") { rules, workflow, inputs, trace };
        eval.SetAction(parsed => Evaluate(
            parsed.GetRequiredValue(rules),
            parsed.GetValue(workflow),
            parsed.GetValue(inputs) ?? [],
            parsed.GetValue(trace),
            stdout,
            stderr));
        return new Command("rules", "规则集 / rule sets") { eval };
    }

    private static int Evaluate(FileInfo rulesFile, string? workflowName, string[] inputArgs, bool trace, TextWriter stdout, TextWriter stderr)
    {
        if (!rulesFile.Exists)
        {
            stderr.WriteLine($"error: {rulesFile.FullName}: 找不到规则文件 / the rule file does not exist");
            return HostCli.BadInput;
        }

        var inputs = new JsonObject();
        foreach (var argument in inputArgs)
        {
            if (!TryReadInput(argument, stderr, inputs))
            {
                return HostCli.BadInput;
            }
        }

        var schema = ExpressionSchema.FromJsonSamples([.. inputs.Select(p => (p.Key, JsonSerializer.SerializeToElement(p.Value)))]);
        var compilation = RuleSet.Compile(File.ReadAllText(rulesFile.FullName), new RuleSetOptions { Inputs = schema });
        foreach (var diagnostic in compilation.Diagnostics)
        {
            stderr.WriteLine($"{(diagnostic.IsError ? "error" : "warning")}: {diagnostic}");
        }

        if (compilation.RuleSet is not { } ruleSet)
        {
            return HostCli.BadInput;
        }

        RuleWorkflow? selected = null;
        if (workflowName is not null && !ruleSet.TryGetWorkflow(workflowName, out selected))
        {
            var known = string.Join(", ", ruleSet.Workflows.Select(w => w.Name));
            stderr.WriteLine($"error: 规则集中没有工作流“{workflowName}”（有：{known}）/ the rule set has no workflow '{workflowName}' (it has: {known})");
            return HostCli.BadInput;
        }

        var input = ruleSet.CreateInput(inputs.ToDictionary(p => p.Key, p => p.Value));
        JsonNode Run(RuleWorkflow w) => new JsonArray([.. w.Execute(input, trace).Select(r => (JsonNode)r.ToJson())]);
        JsonNode output = selected is not null || ruleSet.Workflows.Count == 1
            ? Run(selected ?? ruleSet.Workflows[0])
            : new JsonObject(ruleSet.Workflows.Select(w => KeyValuePair.Create(w.Name, (JsonNode?)Run(w))));
        stdout.WriteLine(output.ToJsonString(Output));
        return HostCli.Success;
    }

    private static bool TryReadInput(string argument, TextWriter stderr, JsonObject inputs)
    {
        var separator = argument.IndexOf('=', StringComparison.Ordinal);
        if (separator <= 0 || separator == argument.Length - 1)
        {
            stderr.WriteLine($"error: --input {argument}: 格式应为 名称=文件.json / expected name=file.json");
            return false;
        }

        var name = argument[..separator];
        var file = new FileInfo(argument[(separator + 1)..]);
        if (!CliJsonFile.TryRead(file, "输入", "input", stderr, out var json))
        {
            return false;
        }

        inputs[name] = json;
        return true;
    }
}
