using FormsEngine.Diagnostics;

namespace FormsEngine.Tests.Rules.Loading;

/// <summary>Every loader and compiler problem comes back as a diagnostic with its JSON path, all at once.</summary>
public class RuleSetLoaderTests
{
    private static readonly System.Text.Json.Nodes.JsonObject Sample = RuleFixture.Json("""{"input1": {"age": 70, "name": "张三"}}""");

    private static IReadOnlyList<Diagnostic> Errors(string json) => RuleFixture.Fail(json, Sample).Diagnostics;

    private static Diagnostic Single(string json, string code)
    {
        var errors = Errors(json);
        return Assert.Single(errors, d => d.Code == code);
    }

    [Fact]
    public void Bad_json_reports_line_and_character_column()
    {
        var error = Assert.Single(Errors("[\n  {\"WorkflowName\": \"老人\",\n   \"Rules\": [ }\n]"));

        Assert.Equal("rules.json", error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal(15, error.Column);
        Assert.Contains("不是合法的 JSON", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Expression_errors_carry_the_rule_path_and_line_col_and_are_all_reported()
    {
        var errors = Errors("""
            [{"WorkflowName": "w", "Rules": [
              {"RuleName": "a", "Expression": "input1.age >= 60"},
              {"RuleName": "b", "Expression": "input1.age > 1"},
              {"RuleName": "c", "Operator": "And", "Rules": [
                {"RuleName": "c1", "Expression": "input1.age > 1"},
                {"RuleName": "c2", "Expression": "input1.agee > 60"}
              ]},
              {"RuleName": "d", "Expression": "input1.name + 1 > "}
            ]}]
            """);

        var nested = Assert.Single(errors, e => e.Path == "$[0].Rules[2].Rules[1].Expression");
        Assert.Equal((1, 8), (nested.Line, nested.Column));
        Assert.Contains("age", nested.MessageZh, StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Path == "$[0].Rules[3].Expression");
        Assert.StartsWith("$[0].Rules[2].Rules[1].Expression 1:8: ", nested.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Structural_problems_have_paths()
    {
        var errors = Errors("""
            [
              {"Rules": []},
              {"WorkflowName": "w", "Rules": [
                {"Expression": "true"},
                {"RuleName": "op", "Operator": "Xor", "Rules": [{"RuleName": "x", "Expression": "true"}]},
                {"RuleName": "empty"},
                {"RuleName": "dup", "Expression": "true"},
                {"RuleName": "dup", "Expression": "false"},
                {"RuleName": "noOp", "Rules": [{"RuleName": "y", "Expression": "true"}]},
                {"RuleName": "act", "Expression": "true", "Actions": {"OnSuccess": {"Name": "SendEmail"}}},
                {"RuleName": "num", "Expression": "input1.age + 1"},
                {"RuleName": "js", "RuleExpressionType": "Python", "Expression": "True"},
                {"RuleName": "en", "Expression": "true", "Enabled": "yes"}
              ]},
              {"WorkflowName": "w", "Rules": [{"RuleName": "z", "Expression": "true"}]},
              {"WorkflowName": "v", "schemaVersion": 2, "Rules": [{"RuleName": "z", "Expression": "true"}]}
            ]
            """);

        Assert.Contains(errors, e => e is { Code: "rules.missing", Path: "$[0]" } && e.MessageEn.Contains("WorkflowName", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Code: "rules.missing", Path: "$[1].Rules[0]" } && e.MessageEn.Contains("RuleName", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Code: "rules.operator", Path: "$[1].Rules[1].Operator" });
        Assert.Contains(errors, e => e is { Code: "rules.noCondition", Path: "$[1].Rules[2]" });
        Assert.Contains(errors, e => e is { Code: "rules.duplicateRule", Path: "$[1].Rules[4].RuleName" });
        Assert.Contains(errors, e => e is { Code: "rules.rulesWithoutOperator", Path: "$[1].Rules[5]" });
        Assert.Contains(errors, e => e is { Code: "rules.unknownAction", Path: "$[1].Rules[6].Actions.OnSuccess.Name" });
        Assert.Contains(errors, e => e is { Code: "rules.notCondition", Path: "$[1].Rules[7].Expression" });
        Assert.Contains(errors, e => e is { Code: "rules.expressionType", Path: "$[1].Rules[8].RuleExpressionType" });
        Assert.Contains(errors, e => e is { Code: "rules.notBoolean", Path: "$[1].Rules[9].Enabled" });
        Assert.Contains(errors, e => e is { Code: "rules.duplicateWorkflow", Path: "$[2].WorkflowName" });
        Assert.Contains(errors, e => e is { Code: "rules.schemaVersion", Path: "$[3].schemaVersion" });
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.MessageZh)));
    }

    [Fact]
    public void Not_a_workflow_at_all()
    {
        Assert.Equal("$", Single("42", "rules.root").Path);
        Assert.Equal("$[0]", Single("[42]", "rules.notObject").Path);
        Assert.Equal("$", Single("""{"WorkflowName": "w"}""", "rules.missing").Path);
    }

    [Fact]
    public void Evaluate_rule_must_point_to_an_existing_workflow_and_rule()
    {
        var errors = Errors("""
            [{"WorkflowName": "w", "Rules": [
              {"RuleName": "a", "Expression": "true", "Actions": {"OnSuccess": {"Name": "EvaluateRule", "Context": {"workflowName": "nope", "ruleName": "x"}}}},
              {"RuleName": "b", "Expression": "true", "Actions": {"OnFailure": {"Name": "EvaluateRule", "Context": {"workflowName": "w", "ruleName": "missing"}}}},
              {"RuleName": "c", "Expression": "true", "Actions": {"OnFailure": {"Name": "EvaluateRule", "Context": {"workflowName": "w"}}}}
            ]}]
            """);

        Assert.Contains(errors, e => e is { Code: "rules.missingWorkflow", Path: "$[0].Rules[0].Actions.OnSuccess.Context.workflowName" });
        Assert.Contains(errors, e => e is { Code: "rules.missingRule", Path: "$[0].Rules[1].Actions.OnFailure.Context.ruleName" });
        Assert.Contains(errors, e => e is { Code: "rules.missing", Path: "$[0].Rules[2].Actions.OnFailure.Context" });
    }

    [Fact]
    public void Evaluate_rule_cycles_are_reported()
    {
        var error = Single("""
            [{"WorkflowName": "w", "Rules": [
              {"RuleName": "a", "Expression": "true", "Actions": {"OnSuccess": {"Name": "EvaluateRule", "Context": {"workflowName": "w", "ruleName": "b"}}}},
              {"RuleName": "b", "Expression": "true", "Actions": {"OnSuccess": {"Name": "EvaluateRule", "Context": {"workflowName": "w", "ruleName": "a"}}}}
            ]}]
            """, "rules.evaluateRuleCycle");

        Assert.Contains("w.a → w.b → w.a", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Injection_cycles_and_missing_injections_are_reported()
    {
        var errors = Errors("""
            [
              {"WorkflowName": "a", "WorkflowsToInject": ["b"], "Rules": [{"RuleName": "ra", "Expression": "true"}]},
              {"WorkflowName": "b", "WorkflowsToInject": ["a", "ghost"], "Rules": [{"RuleName": "rb", "Expression": "true"}]}
            ]
            """);

        Assert.Contains(errors, e => e is { Code: "rules.injectionCycle", Path: "$[1].WorkflowsToInject[0]" } && e.MessageEn.Contains("a → b → a", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Code: "rules.missingWorkflow", Path: "$[1].WorkflowsToInject[1]" });
    }

    [Fact]
    public void Bad_templates_params_and_scripts_are_reported_with_paths()
    {
        var errors = Errors("""
            {"WorkflowName": "w",
             "GlobalParams": [{"Name": "limit", "Expression": "60 +"}, {"Name": "input1", "Expression": "1"}, {"Name": "nothing", "Expression": "null"}],
             "Rules": [
              {"RuleName": "t", "Expression": "true", "ErrorMessage": "年龄 {{#if input1.age}} 未闭合"},
              {"RuleName": "js", "RuleExpressionType": "JavaScript", "Expression": "input1.age >= ;"},
              {"RuleName": "p", "LocalParams": [{"Name": "x"}], "Expression": "true"}
             ]}
            """);

        Assert.Contains(errors, e => e.Path == "$.GlobalParams[0].Expression" && e.Line == 1);
        Assert.Contains(errors, e => e is { Code: "rules.duplicateParam", Path: "$.GlobalParams[1].Name" });
        Assert.Contains(errors, e => e is { Code: "rules.paramType", Path: "$.GlobalParams[2].Expression" });
        Assert.Contains(errors, e => e is { Code: "rules.template", Path: "$.Rules[0].ErrorMessage" });
        Assert.Contains(errors, e => e is { Code: "js.syntax", Path: "$.Rules[1].Expression", Line: 1 });
        Assert.Contains(errors, e => e is { Code: "rules.missing", Path: "$.Rules[2].LocalParams[0]" });
    }

    [Fact]
    public void Files_without_schema_version_load_as_version_1_and_save_keeps_unknown_properties()
    {
        var json = """{"WorkflowName": "w", "x-designer": {"color": "red"}, "Rules": [{"RuleName": "r", "Expression": "true", "ErrorType": "Error"}]}""";
        var ruleSet = RuleFixture.Compile(json, Sample);

        var saved = ruleSet.ToJson();

        Assert.Equal(1, saved["schemaVersion"]!.GetValue<int>());
        Assert.Equal("red", saved["x-designer"]!["color"]!.GetValue<string>());
        Assert.Equal("Error", saved["Rules"]![0]!["ErrorType"]!.GetValue<string>());
        var reloaded = RuleFixture.Compile(saved.ToJsonString(), Sample);
        Assert.Equal(["r"], reloaded.GetWorkflow("w").RuleNames);
    }

    [Fact]
    public void Wrong_json_kinds_and_misplaced_operators_have_paths()
    {
        var errors = Errors("""
            {"WorkflowName": "w", "WorkflowsToInject": "other", "GlobalParams": {},
             "Rules": [
              {"RuleName": 5, "Expression": "true"},
              {"RuleName": "op", "Operator": "And", "Expression": "true"},
              {"RuleName": "params", "LocalParams": [{"Name": "x", "Expression": "1"}, {"Name": "x", "Expression": "2"}], "Expression": "x == 1"},
              {"RuleName": "props", "Expression": "true", "Properties": [1], "Actions": {"OnSuccess": "OutputExpression"}},
              {"RuleName": "out", "Expression": "true", "Actions": {"OnFailure": {"Name": "OutputExpression", "Context": {}}}}
             ]}
            """);

        Assert.Contains(errors, e => e is { Code: "rules.notArray", Path: "$.WorkflowsToInject" });
        Assert.Contains(errors, e => e is { Code: "rules.notArray", Path: "$.GlobalParams" });
        Assert.Contains(errors, e => e is { Code: "rules.notText", Path: "$.Rules[0].RuleName" });
        Assert.Contains(errors, e => e is { Code: "rules.operatorWithoutRules", Path: "$.Rules[1]" });
        Assert.Contains(errors, e => e is { Code: "rules.duplicateParam", Path: "$.Rules[2].LocalParams[1].Name" });
        Assert.Contains(errors, e => e is { Code: "rules.notObject", Path: "$.Rules[3].Properties" });
        Assert.Contains(errors, e => e is { Code: "rules.notObject", Path: "$.Rules[3].Actions.OnSuccess" });
        Assert.Contains(errors, e => e is { Code: "rules.missing", Path: "$.Rules[4].Actions.OnFailure.Context" });
    }
}
