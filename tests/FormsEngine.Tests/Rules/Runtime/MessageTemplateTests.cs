using FormsEngine.Rules;

namespace FormsEngine.Tests.Rules.Runtime;

/// <summary>ErrorMessage / SuccessMessage templates: plain {{path}} placeholders, RulesEngine $(path), Handlebars blocks, checks.</summary>
public class MessageTemplateTests
{
    private static readonly System.Text.Json.Nodes.JsonObject Sample = RuleFixture.Json("""
        {"input1": {"姓名": "张三", "年龄": 72, "独居": true, "备注": "<无>", "家庭成员": [{"姓名": "李四"}, {"姓名": "王五"}], "爱好": ["下棋", "书法"]}}
        """);

    private static string Message(string template, string? json = null)
    {
        var ruleSet = RuleFixture.Compile($$"""{"WorkflowName": "w", "GlobalParams": [{"Name": "门槛", "Expression": "80"}], "Rules": [{"RuleName": "r", "Expression": "false", "ErrorMessage": {{System.Text.Json.JsonSerializer.Serialize(template)}}}]}""", Sample);
        var input = RuleFixture.Input(ruleSet, json is null ? Sample : RuleFixture.Json(json));
        return ruleSet.GetWorkflow("w").ExecuteRule("r", input).ErrorMessage!;
    }

    [Theory]
    [InlineData("{{input1.姓名}}，您 {{ input1.年龄 }} 岁，未满 {{门槛}} 岁", "张三，您 72 岁，未满 80 岁")]
    [InlineData("RulesEngine 写法：$(input1.年龄)", "RulesEngine 写法：72")]
    [InlineData("不转义：{{input1.备注}}", "不转义：<无>")]
    [InlineData("家庭成员：{{input1.家庭成员.姓名}}；爱好：{{input1.爱好}}", "家庭成员：李四、王五；爱好：下棋、书法")]
    [InlineData("{{#if input1.独居}}独居老人{{else}}非独居{{/if}}，{{input1.姓名}}", "独居老人，张三")]
    [InlineData("{{#each input1.家庭成员}}[{{姓名}}]{{/each}}", "[李四][王五]")]
    public void Renders_plain_text(string template, string expected) => Assert.Equal(expected, Message(template));

    [Fact]
    public void Missing_values_render_as_empty()
    {
        Assert.Equal("姓名：，年龄：", Message("姓名：{{input1.姓名}}，年龄：{{input1.年龄}}", """{"input1": {}}"""));
        Assert.Equal("（）", Message("（{{#if input1.独居}}独居{{/if}}）", """{"input1": {}}"""));
    }

    [Fact]
    public void Unknown_names_in_a_template_are_a_warning_with_the_path()
    {
        var compilation = RuleSet.Compile(
            """{"WorkflowName": "w", "Rules": [{"RuleName": "r", "Expression": "true", "ErrorMessage": "年龄 {{input1.年纪}}"}]}""",
            RuleFixture.OptionsFor(Sample));

        Assert.True(compilation.Succeeded);
        var warning = Assert.Single(compilation.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal(("rules.templateName", "$.Rules[0].ErrorMessage"), (warning.Code, warning.Path));
        Assert.Contains("input1.年纪", warning.MessageZh, StringComparison.Ordinal);
    }
}
