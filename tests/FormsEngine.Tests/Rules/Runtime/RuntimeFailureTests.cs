using FormsEngine.Rules;
using FormsEngine.Scripting;

namespace FormsEngine.Tests.Rules.Runtime;

/// <summary>A rule that fails at run time becomes a failed result with the reason; evaluation never throws.</summary>
public class RuntimeFailureTests
{
    private static readonly System.Text.Json.Nodes.JsonObject Sample = RuleFixture.Json("""{"input1": {"income": 3000, "members": 0}}""");

    [Fact]
    public void Division_by_zero_is_a_failed_result_with_the_message()
    {
        var ruleSet = RuleFixture.Compile("""
            {"WorkflowName": "低保", "Rules": [
              {"RuleName": "人均收入", "Expression": "input1.income / input1.members < 1000", "ErrorMessage": "人均收入超过标准"},
              {"RuleName": "其他", "Expression": "input1.income < 5000", "SuccessEvent": "ok"}
            ]}
            """, Sample);
        var workflow = ruleSet.GetWorkflow("低保");
        var input = RuleFixture.Input(ruleSet, Sample);

        var results = workflow.Execute(input);

        Assert.False(results[0].IsSuccess);
        Assert.Equal("除数不能为零 / division by zero", results[0].ExceptionMessage);
        Assert.Equal("人均收入超过标准", results[0].ErrorMessage);
        Assert.True(results[1].IsSuccess);
        Assert.False(workflow.Evaluate("人均收入", input));
    }

    [Fact]
    public void A_failing_local_param_fails_only_its_rule()
    {
        var ruleSet = RuleFixture.Compile("""
            {"WorkflowName": "w", "Rules": [
              {"RuleName": "bad", "LocalParams": [{"Name": "perHead", "Expression": "input1.income / input1.members"}], "Expression": "perHead < 1000"},
              {"RuleName": "good", "Expression": "input1.income > 0"}
            ]}
            """, Sample);

        var results = ruleSet.GetWorkflow("w").Execute(RuleFixture.Input(ruleSet, Sample));

        Assert.Contains("division by zero", results[0].ExceptionMessage, StringComparison.Ordinal);
        Assert.True(results[1].IsSuccess);
    }

    [Fact]
    public void A_failing_global_param_fails_every_rule_with_the_reason()
    {
        var ruleSet = RuleFixture.Compile("""
            {"WorkflowName": "w", "GlobalParams": [{"Name": "perHead", "Expression": "input1.income / input1.members"}], "Rules": [
              {"RuleName": "a", "Expression": "perHead < 1000"},
              {"RuleName": "b", "Expression": "true"}
            ]}
            """, Sample);
        var workflow = ruleSet.GetWorkflow("w");
        var input = RuleFixture.Input(ruleSet, Sample);

        Assert.All(workflow.Execute(input), r =>
        {
            Assert.False(r.IsSuccess);
            Assert.Contains("除数不能为零", r.ExceptionMessage, StringComparison.Ordinal);
        });
        Span<bool> outcomes = stackalloc bool[2];
        Assert.Equal(0, workflow.EvaluateOutcomes(input, outcomes));
    }

    [Fact]
    public void A_javascript_infinite_loop_is_stopped_and_reported()
    {
        var options = new RuleSetOptions { JavaScript = new JavaScriptSandboxOptions { MaxStatements = 10_000, MaxAllocatedBytes = 0 } };
        var ruleSet = RuleFixture.Compile("""
            {"WorkflowName": "w", "Rules": [
              {"RuleName": "loop", "RuleExpressionType": "JavaScript", "Expression": "while (true) {} true"}
            ]}
            """, Sample, options);
        var input = RuleFixture.Input(ruleSet, Sample);

        var result = ruleSet.GetWorkflow("w").ExecuteRule("loop", input);

        Assert.False(result.IsSuccess);
        Assert.Contains("死循环", result.ExceptionMessage, StringComparison.Ordinal);
        Assert.False(ruleSet.GetWorkflow("w").Evaluate("loop", input));
    }

    [Fact]
    public void A_failing_output_expression_keeps_the_outcome_and_reports_the_action_error()
    {
        var ruleSet = RuleFixture.Compile("""
            {"WorkflowName": "w", "Rules": [
              {"RuleName": "r", "Expression": "input1.income > 0",
               "Actions": {"OnSuccess": {"Name": "OutputExpression", "Context": {"Expression": "input1.income / input1.members"}}}}
            ]}
            """, Sample);

        var result = ruleSet.GetWorkflow("w").ExecuteRule("r", RuleFixture.Input(ruleSet, Sample));

        Assert.True(result.IsSuccess);
        Assert.Null(result.Output);
        Assert.Equal("除数不能为零 / division by zero", result.ExceptionMessage);
    }
}
