using FormsEngine.Rules;

namespace FormsEngine.Tests.Rules.Runtime;

/// <summary><c>"RuleExpressionType": "JavaScript"</c> rules run in the Jint sandbox and see inputs and params.</summary>
public class JavaScriptRuleTests
{
    private static readonly System.Text.Json.Nodes.JsonObject Sample = RuleFixture.Json("""{"input1": {"年龄": 72, "家庭成员": [{"姓名": "李四", "年龄": 8}]}}""");

    private static RuleSet Compile() => RuleFixture.Compile("""
        {"WorkflowName": "w", "GlobalParams": [{"Name": "门槛", "Expression": "70"}], "Rules": [
          {"RuleName": "老人", "RuleExpressionType": "JavaScript", "Expression": "input1.年龄 >= 门槛"},
          {"RuleName": "有儿童", "RuleExpressionType": "JavaScript", "Expression": "var found = false; for (var i = 0; i < input1.家庭成员.length; i++) { if (input1.家庭成员[i].年龄 < 14) found = true; } found"},
          {"RuleName": "非布尔", "RuleExpressionType": "JavaScript", "Expression": "'yes'"},
          {"RuleName": "抛错", "RuleExpressionType": "JavaScript", "Expression": "throw new Error('坏了')"},
          {"RuleName": "混合", "Operator": "And", "Rules": [
            {"RuleName": "js", "RuleExpressionType": "JavaScript", "Expression": "input1.年龄 > 60"},
            {"RuleName": "expr", "Expression": "input1.年龄 < 100"}
          ]}
        ]}
        """, Sample);

    [Fact]
    public void Scripts_see_inputs_and_params_and_can_loop_over_lists()
    {
        var ruleSet = Compile();
        var results = ruleSet.GetWorkflow("w").Execute(RuleFixture.Input(ruleSet, Sample), trace: true);

        Assert.True(results[0].IsSuccess);
        Assert.True(results[1].IsSuccess);
        Assert.Equal("input1.年龄 >= 门槛", results[0].Condition!.Expression);
        Assert.True(results[4].IsSuccess);
    }

    [Fact]
    public void A_script_must_return_a_boolean_and_its_errors_are_results()
    {
        var ruleSet = Compile();
        var results = ruleSet.GetWorkflow("w").Execute(RuleFixture.Input(ruleSet, Sample));

        Assert.False(results[2].IsSuccess);
        Assert.Contains("true 或 false", results[2].ExceptionMessage, StringComparison.Ordinal);
        Assert.False(results[3].IsSuccess);
        Assert.Contains("坏了", results[3].ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Fast_path_runs_scripts_too()
    {
        var ruleSet = Compile();
        var young = RuleFixture.Input(ruleSet, RuleFixture.Json("""{"input1": {"年龄": 30, "家庭成员": []}}"""));

        Span<bool> outcomes = stackalloc bool[5];
        ruleSet.GetWorkflow("w").EvaluateOutcomes(young, outcomes);

        Assert.Equal([false, false, false, false, false], outcomes.ToArray());
    }
}
