namespace FormsEngine.Tests.Rules.Runtime;

/// <summary>GlobalParams, LocalParams, disabled rules, WorkflowsToInject and the two built-in actions.</summary>
public class ParamsAndActionsTests
{
    private static readonly System.Text.Json.Nodes.JsonObject Sample = RuleFixture.Json("""{"input1": {"income": 6000, "members": 3, "district": "东区"}}""");

    [Fact]
    public void Params_are_typed_evaluated_in_order_and_scoped()
    {
        var ruleSet = RuleFixture.Compile("""
            {"WorkflowName": "w",
             "GlobalParams": [{"Name": "perHead", "Expression": "input1.income / input1.members"}, {"Name": "line", "Expression": "1500"}],
             "Rules": [
              {"RuleName": "parent", "Operator": "And",
               "LocalParams": [{"Name": "margin", "Expression": "line - perHead"}, {"Name": "isEast", "Expression": "input1.district == '东区'"}],
               "Rules": [
                 {"RuleName": "belowLine", "Expression": "margin < 0"},
                 {"RuleName": "east", "LocalParams": [{"Name": "label", "Expression": "'人均 ' + perHead"}], "Expression": "isEast AND label == '人均 2000'"}
               ]},
              {"RuleName": "global", "Expression": "perHead == 2000"}
             ]}
            """, Sample);
        var input = RuleFixture.Input(ruleSet, Sample);
        var workflow = ruleSet.GetWorkflow("w");

        var results = workflow.Execute(input);

        Assert.True(results[0].IsSuccess, results[0].ToJson().ToJsonString());
        Assert.True(results[1].IsSuccess);
        Assert.True(workflow.Evaluate("parent", input));
    }

    [Fact]
    public void Local_params_are_not_visible_to_sibling_rules()
    {
        var errors = RuleFixture.Fail("""
            {"WorkflowName": "w", "Rules": [
              {"RuleName": "a", "LocalParams": [{"Name": "x", "Expression": "1"}], "Expression": "x == 1"},
              {"RuleName": "b", "Expression": "x == 1"}
            ]}
            """, Sample).Diagnostics;

        Assert.Contains(errors, e => e.Path == "$.Rules[1].Expression");
    }

    [Fact]
    public void Disabled_rules_are_skipped_and_do_not_count_for_parents()
    {
        var ruleSet = RuleFixture.Compile("""
            {"WorkflowName": "w", "Rules": [
              {"RuleName": "off", "Enabled": false, "Expression": "true"},
              {"RuleName": "and", "Operator": "And", "Rules": [
                {"RuleName": "yes", "Expression": "true"},
                {"RuleName": "no", "Expression": "false", "Enabled": false}
              ]}
            ]}
            """, Sample);
        var workflow = ruleSet.GetWorkflow("w");

        var results = workflow.Execute(RuleFixture.Input(ruleSet, Sample));

        Assert.Equal(["and"], workflow.RuleNames);
        var and = Assert.Single(results);
        Assert.True(and.IsSuccess);
        Assert.Equal(["yes"], and.ChildResults.Select(c => c.RuleName));
    }

    [Fact]
    public void Injected_workflows_bring_their_rules_and_global_params()
    {
        var ruleSet = RuleFixture.Compile("""
            [
              {"WorkflowName": "common", "GlobalParams": [{"Name": "line", "Expression": "1500"}], "Rules": [{"RuleName": "hasIncome", "Expression": "input1.income > 0"}]},
              {"WorkflowName": "allowance", "WorkflowsToInject": ["common"], "Rules": [{"RuleName": "poor", "Expression": "input1.income / input1.members < line"}]}
            ]
            """, Sample);
        var workflow = ruleSet.GetWorkflow("allowance");

        var results = workflow.Execute(RuleFixture.Input(ruleSet, Sample));

        Assert.Equal(["poor", "hasIncome"], workflow.RuleNames);
        Assert.Equal([false, true], results.Select(r => r.IsSuccess));
    }

    [Fact]
    public void Output_expression_runs_on_success_or_failure_in_the_rule_scope()
    {
        var ruleSet = RuleFixture.Compile("""
            {"WorkflowName": "w", "Rules": [
              {"RuleName": "r", "LocalParams": [{"Name": "perHead", "Expression": "input1.income / input1.members"}], "Expression": "perHead < 1000",
               "Actions": {
                 "OnSuccess": {"Name": "OutputExpression", "Context": {"Expression": "1000 - perHead"}},
                 "OnFailure": {"Name": "OutputExpression", "Context": {"Expression": "'超出 ' + (perHead - 1000) + ' 元'"}}
               }}
            ]}
            """, Sample);

        var failed = ruleSet.GetWorkflow("w").ExecuteRule("r", RuleFixture.Input(ruleSet, Sample));
        var passed = ruleSet.GetWorkflow("w").ExecuteRule("r", RuleFixture.Input(ruleSet, RuleFixture.Json("""{"input1": {"income": 1500, "members": 3}}""")));

        Assert.Equal("超出 1000 元", failed.Output!.GetValue<string>());
        Assert.Equal(500, passed.Output!.GetValue<decimal>());
    }

    [Fact]
    public void Evaluate_rule_runs_another_workflows_rule_with_additional_inputs()
    {
        var ruleSet = RuleFixture.Compile("""
            [
              {"WorkflowName": "amounts", "Rules": [
                {"RuleName": "amount", "Expression": "bonus > 0", "SuccessEvent": "paid",
                 "Actions": {"OnSuccess": {"Name": "OutputExpression", "Context": {"Expression": "bonus * 2"}}}},
                {"RuleName": "plain", "Expression": "input1.members > 2"}
              ]},
              {"WorkflowName": "main", "Rules": [
                {"RuleName": "eligible", "Expression": "input1.income > 0",
                 "Actions": {"OnSuccess": {"Name": "EvaluateRule", "Context": {"workflowName": "amounts", "ruleName": "amount",
                   "additionalInputs": [{"Name": "bonus", "Expression": "input1.members * 100"}]}}}},
                {"RuleName": "chained", "Expression": "true",
                 "Actions": {"OnSuccess": {"Name": "EvaluateRule", "Context": {"workflowName": "amounts", "ruleName": "plain"}}}}
              ]}
            ]
            """, Sample);

        var results = ruleSet.GetWorkflow("main").Execute(RuleFixture.Input(ruleSet, Sample));

        Assert.Equal(600, results[0].Output!.GetValue<decimal>());
        Assert.Equal("paid", results[0].ActionResult!.SuccessEvent);
        Assert.Equal("amount", results[0].ActionResult!.RuleName);
        Assert.True(results[1].ActionResult!.IsSuccess);
        Assert.Null(results[1].Output);
        var standalone = ruleSet.GetWorkflow("amounts").ExecuteRule("amount", RuleFixture.Input(ruleSet, Sample));
        Assert.False(standalone.IsSuccess);
        Assert.Contains("EvaluateRule", standalone.ExceptionMessage, StringComparison.Ordinal);
    }
}
