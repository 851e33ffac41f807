using System.Text.Json.Nodes;
using FormsEngine.Rules;
using FormsEngine.Tests.Forms;

namespace FormsEngine.Tests.Rules;

/// <summary>The published sample <c>rulepacks/rules/elderly-allowance.json</c>: outcomes, monthly amounts and the residents' explanations.</summary>
public class ElderlyAllowanceSampleTests
{
    private static readonly JsonObject Sample = RuleFixture.Json("""{"input1": {"年龄": 85, "户籍": "本市", "居住年限": 10, "已领取其他养老补贴": false}}""");

    private static readonly RuleSet RuleSet = RuleFixture.Compile(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "rules", "elderly-allowance.json")), Sample);

    private static RuleWorkflow Workflow => RuleSet.GetWorkflow("高龄补贴");

    private static RuleInput Resident(int age, string registry = "本市", int years = 10, bool otherAllowance = false) =>
        RuleFixture.Input(RuleSet, RuleFixture.Json($$$"""{"input1": {"年龄": {{{age}}}, "户籍": "{{{registry}}}", "居住年限": {{{years}}}, "已领取其他养老补贴": {{{(otherAllowance ? "true" : "false")}}}}}"""));

    [Theory]
    [InlineData(80, 100)]
    [InlineData(89, 100)]
    [InlineData(90, 300)]
    [InlineData(100, 600)]
    public void Qualifying_residents_get_the_amount_of_their_age_band(int age, int monthly)
    {
        var result = Workflow.ExecuteRule("高龄补贴资格", Resident(age));

        Assert.True(result.IsSuccess);
        Assert.Equal("发放高龄补贴", result.SuccessEvent);
        Assert.Equal(monthly, result.Output!.GetValue<decimal>());
        Assert.Equal($"您符合高龄补贴条件（{age} 周岁），补贴按月发放到社保卡", result.SuccessMessage);
        Assert.Equal("按月", result.Properties!["发放周期"]!.GetValue<string>());
    }

    [Fact]
    public void Too_young_explains_with_the_actual_age_in_plain_chinese()
    {
        var explanation = Workflow.Explain("高龄补贴资格", Resident(72));

        Assert.False(explanation.IsSuccess);
        Assert.Equal(["很抱歉，您暂不符合高龄补贴条件", "年龄需满 80 周岁（您的年龄：72 岁）"], explanation.Reasons);
        Assert.Equal("很抱歉，您暂不符合高龄补贴条件；年龄需满 80 周岁（您的年龄：72 岁）", explanation.Text);
        Assert.Null(explanation.Trace.Output);
    }

    [Fact]
    public void Every_failed_condition_is_explained_and_local_params_render()
    {
        var explanation = Workflow.Explain("高龄补贴资格", Resident(75, "外省", 3, otherAllowance: true));

        Assert.Equal(
            "很抱歉，您暂不符合高龄补贴条件；年龄需满 80 周岁（您的年龄：75 岁）；需为本市户籍，或在本社区连续居住满 5 年（您的居住年限：3 年）；已领取其他同类养老补贴的，不能重复申领",
            explanation.Text);
    }

    [Fact]
    public void Long_residence_replaces_local_registration()
    {
        Assert.True(Workflow.Evaluate("高龄补贴资格", Resident(83, "外省", 6)));
        Assert.False(Workflow.Evaluate("高龄补贴资格", Resident(83, "外省", 4)));
    }

    [Fact]
    public void Staff_trace_shows_each_condition_value_and_the_fields_it_read()
    {
        var trace = Workflow.Explain("高龄补贴资格", Resident(72)).Trace;

        var age = trace.ChildResults[0];
        Assert.Equal("input1.年龄 >= 起始年龄", age.Condition!.Expression);
        Assert.False(age.Condition.Value!.GetValue<bool>());
        Assert.Equal(72, age.Condition.Fields["input1.年龄"]!.GetValue<decimal>());
        Assert.Equal(80, age.Condition.Fields["起始年龄"]!.GetValue<decimal>());
        var json = trace.ToJson();
        Assert.Equal("年龄达标", json["childResults"]![0]!["ruleName"]!.GetValue<string>());
        Assert.Equal(72, json["childResults"]![0]!["condition"]!["fields"]!["input1.年龄"]!.GetValue<decimal>());
    }

    [Fact]
    public void Missing_answers_render_as_empty_text()
    {
        var input = RuleFixture.Input(RuleSet, RuleFixture.Json("""{"input1": {"户籍": "本市"}}"""));

        var explanation = Workflow.Explain("高龄补贴资格", input);

        Assert.Contains("年龄需满 80 周岁（您的年龄： 岁）", explanation.Reasons);
    }
}
