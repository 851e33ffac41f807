namespace FormsEngine.Tests.Rules.Runtime;

/// <summary>A workflow decided as a whole: every top-level rule must hold; the text is the successes or the failures.</summary>
public sealed class WorkflowDecisionTests
{
    private const string Rules = """
        { "WorkflowName": "w", "Rules": [
            { "RuleName": "年龄", "Expression": "input1.年龄 >= 80", "SuccessEvent": "高龄", "SuccessMessage": "年满 80", "ErrorMessage": "年龄需满 80 周岁（您的年龄：{{input1.年龄}} 岁）" },
            { "RuleName": "户籍", "Expression": "input1.户籍 == \"本市\"", "SuccessEvent": "本市", "SuccessMessage": "本市户籍", "ErrorMessage": "需为本市户籍" } ] }
        """;

    [Theory]
    [InlineData(86, "本市", true, "年满 80；本市户籍", "高龄,本市")]
    [InlineData(72, "本市", false, "年龄需满 80 周岁（您的年龄：72 岁）", "本市")]
    [InlineData(72, "外地", false, "年龄需满 80 周岁（您的年龄：72 岁）；需为本市户籍", "")]
    public void Every_top_level_rule_decides_and_the_text_is_what_the_resident_reads(int age, string household, bool success, string text, string events)
    {
        var sample = RuleFixture.Json($$"""{ "input1": { "年龄": {{age}}, "户籍": "{{household}}" } }""");
        var ruleSet = RuleFixture.Compile(Rules, sample);

        var decision = ruleSet.Workflows[0].Decide(RuleFixture.Input(ruleSet, sample));

        Assert.Equal(success, decision.IsSuccess);
        Assert.Equal(text, decision.Text);
        Assert.Equal(events, string.Join(",", decision.Events));
        Assert.Equal(["年龄", "户籍"], decision.Rules.Select(r => r.Trace.RuleName));
        Assert.All(decision.Rules, r => Assert.NotNull(r.Trace.Condition));
    }
}
