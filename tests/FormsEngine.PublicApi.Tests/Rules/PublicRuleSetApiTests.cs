using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Forms.Analysis;
using FormsEngine.Rules;
using FormsEngine.Rules.WhatIf;

namespace FormsEngine.PublicApi.Tests.Rules;

/// <summary>Rule sets exactly as the host or designer sees them: compile, evaluate, explain, cache, compare versions.</summary>
public class PublicRuleSetApiTests
{
    private static string RepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FormsEngine.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine([dir.FullName, .. parts]);
    }

    private static RuleSetOptions Options() => new()
    {
        Inputs = ExpressionSchema.FromJsonSamples(("input1", JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["年龄"] = 85, ["户籍"] = "本市", ["居住年限"] = 10, ["已领取其他养老补贴"] = false,
        }))),
    };

    private static Dictionary<string, JsonNode?> Answers(int age) => new()
    {
        ["input1"] = JsonNode.Parse($$"""{"年龄": {{age}}, "户籍": "本市", "居住年限": 10, "已领取其他养老补贴": false}"""),
    };

    [Fact]
    public void Compile_evaluate_and_explain_the_sample()
    {
        using var stream = File.OpenRead(RepoFile("rulepacks", "rules", "elderly-allowance.json"));
        var compilation = RuleSet.Compile(stream, Options());
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        var workflow = compilation.RuleSet!.GetWorkflow("高龄补贴");

        var young = compilation.RuleSet.CreateInput(Answers(72));
        var old = compilation.RuleSet.CreateInput(Answers(95));

        Assert.False(workflow.Evaluate("高龄补贴资格", young));
        Assert.Equal("很抱歉，您暂不符合高龄补贴条件；年龄需满 80 周岁（您的年龄：72 岁）", workflow.Explain("高龄补贴资格", young).Text);
        var result = workflow.Execute(old).Single();
        Assert.Equal(300, result.Output!.GetValue<decimal>());
        Assert.Equal("发放高龄补贴", result.ToJson()["successEvent"]!.GetValue<string>());
    }

    [Fact]
    public void Diagnostics_carry_paths_and_the_cache_compiles_once()
    {
        var cache = new RuleSetCache();
        var json = """{"WorkflowName": "w", "Rules": [{"RuleName": "r", "Expression": "input1.年纪 > 1"}]}""";

        var compilation = cache.GetOrCompile("w", 1, () => RuleSet.Compile(json, Options()));

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("$.Rules[0].Expression", error.Path);
        Assert.Equal((1, 8), (error.Line, error.Column));
        Assert.Same(compilation, cache.GetOrCompile("w", 1, () => throw new InvalidOperationException()));
    }

    [Fact]
    public void What_if_before_publishing()
    {
        var current = RuleSet.Compile("""{"WorkflowName": "w", "Rules": [{"RuleName": "r", "Expression": "input1.年龄 >= 80"}]}""", Options()).RuleSet!;
        var proposed = RuleSet.Compile("""{"WorkflowName": "w", "Rules": [{"RuleName": "r", "Expression": "input1.年龄 >= 70"}]}""", Options()).RuleSet!;

        var report = RuleSetWhatIf.Compare(current, proposed, "w", [new StoredAnswer("a", Answers(75)), new StoredAnswer("b", Answers(90))]);

        Assert.Equal(["a"], report.Gainers);
        Assert.Equal(1, report.Unchanged);
    }

    [Fact]
    public void A_form_gives_the_input_schema()
    {
        using var stream = File.OpenRead(RepoFile("rulepacks", "forms", "visitor-pass.json"));
        var form = FormDefinition.Load(stream).Form!;
        var schema = ExpressionSchema.Create().Field("input1", ExpressionType.Record(FormAnalyzer.CreateSchema(form)));
        var firstField = FormAnalyzer.CreateSchema(form).Fields[0].Name;

        var compilation = RuleSet.Compile($$"""{"WorkflowName": "w", "Rules": [{"RuleName": "r", "Expression": "input1.{{firstField}} != null"}]}""", new RuleSetOptions { Inputs = schema });

        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
    }
}
