using System.Text.Json.Nodes;
using FormsEngine.Host.Cli;

namespace FormsEngine.Host.Tests.Cli;

public sealed class RulesCommandTests : CliTestBase
{
    private static string Sample => Path.Combine(RepoPaths.Root, "rulepacks", "rules", "elderly-allowance.json");

    [Fact]
    public void Prints_the_result_tree_as_indented_camel_case_json_with_readable_chinese()
    {
        var answers = Write("a.json", """{"年龄": 72, "户籍": "本市", "居住年限": 10, "已领取其他养老补贴": false}""");

        var (exit, output, error) = Run("rules", "eval", "--rules", Sample, "--input", $"input1={answers}");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("\n", output, StringComparison.Ordinal);
        Assert.Contains("年龄需满 80 周岁（您的年龄：72 岁）", output, StringComparison.Ordinal);
        var tree = JsonNode.Parse(output)!.AsArray();
        Assert.Equal("高龄补贴资格", tree[0]!["ruleName"]!.GetValue<string>());
        Assert.False(tree[0]!["isSuccess"]!.GetValue<bool>());
        Assert.Equal(3, tree[0]!["childResults"]!.AsArray().Count);
    }

    [Fact]
    public void Trace_and_workflow_selection()
    {
        var answers = Write("a.json", """{"年龄": 92, "户籍": "外省", "居住年限": 6, "已领取其他养老补贴": false}""");

        var (exit, output, _) = Run("rules", "eval", "--rules", Sample, "--workflow", "高龄补贴", "--input", $"input1={answers}", "--trace");

        Assert.Equal(0, exit);
        var result = JsonNode.Parse(output)!.AsArray()[0]!;
        Assert.True(result["isSuccess"]!.GetValue<bool>());
        Assert.Equal(300, result["output"]!.GetValue<decimal>());
        Assert.Equal(92, result["childResults"]![0]!["condition"]!["fields"]!["input1.年龄"]!.GetValue<decimal>());
    }

    [Fact]
    public void Several_workflows_print_an_object_keyed_by_workflow()
    {
        var rules = Write("r.json", """[{"WorkflowName": "a", "Rules": [{"RuleName": "x", "Expression": "input1.n > 1"}]}, {"WorkflowName": "b", "Rules": [{"RuleName": "y", "Expression": "input1.n > 5"}]}]""");
        var answers = Write("a.json", """{"n": 3}""");

        var (exit, output, _) = Run("rules", "eval", "--rules", rules, "--input", $"input1={answers}");

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!;
        Assert.True(json["a"]![0]!["isSuccess"]!.GetValue<bool>());
        Assert.False(json["b"]![0]!["isSuccess"]!.GetValue<bool>());
    }

    [Fact]
    public void A_bad_rule_file_lists_every_problem_with_its_json_path_and_exits_2()
    {
        var rules = Write("r.json", """[{"WorkflowName": "w", "Rules": [{"RuleName": "a", "Expression": "input1.n > 1"}, {"RuleName": "b", "Expression": "1 + input1.m > 2"}, {"RuleName": "c"}]}]""");
        var answers = Write("a.json", """{"n": 3}""");

        var (exit, output, error) = Run("rules", "eval", "--rules", rules, "--input", $"input1={answers}");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var lines = error.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("error: $[0].Rules[1].Expression 1:12: ", StringComparison.Ordinal) && l.Contains(" / ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("error: $[0].Rules[2]: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_files_bad_json_and_bad_options_are_exit_2()
    {
        var answers = Write("a.json", """{"n": 3}""");
        var broken = Write("broken.json", "{\n  \"n\": ");

        Assert.Equal(2, Run("rules", "eval", "--rules", Path.Combine(Folder, "nope.json"), "--input", $"input1={answers}").Exit);
        Assert.Equal(2, Run("rules", "eval", "--rules", Sample, "--input", $"input1={Path.Combine(Folder, "nope.json")}").Exit);
        Assert.Equal(2, Run("rules", "eval", "--rules", Sample, "--input", "input1").Exit);
        Assert.Equal(2, Run("rules", "eval", "--input", $"input1={answers}").Exit);
        Assert.Equal(2, Run("rules", "eval", "--rules", Sample, "--workflow", "没有", "--input", $"input1={answers}").Exit);
        var (exit, _, error) = Run("rules", "eval", "--rules", Sample, "--input", $"input1={broken}");
        Assert.Equal(2, exit);
        Assert.Contains("不是合法的 JSON", error, StringComparison.Ordinal);
        var (ruleExit, _, ruleError) = Run("rules", "eval", "--rules", broken, "--input", $"input1={answers}");
        Assert.Equal(2, ruleExit);
        Assert.StartsWith("error: $ 2:8: 规则文件不是合法的 JSON", ruleError, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_is_a_cli_verb()
    {
        Assert.True(HostCli.Handles(["rules", "eval"]));
    }
}
