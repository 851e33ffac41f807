using FormsEngine.Designer.RuleEditing;

namespace FormsEngine.Designer.Tests.Rules;

public sealed class RuleSetDraftValidationTests
{
    [Fact]
    public void The_sample_rules_compile_against_their_form()
    {
        var draft = RuleSetDraft.Load(RuleFiles.ElderlyRules).Draft!;

        var validation = draft.Validate(RuleFiles.ElderlyForm);

        Assert.True(validation.Succeeded, string.Join("\n", validation.Diagnostics.Select(d => d.Diagnostic.ToString())));
    }

    [Fact]
    public void A_mistyped_field_is_placed_on_its_rules_expression_with_line_and_column()
    {
        var draft = RuleSetDraft.Load(RuleFiles.ElderlyRules).Draft!;
        draft.SetText("$.Rules[0].Rules[1].Rules[1]", "Expression", "input1.居住年线 >= 最少居住年限");

        var validation = draft.Validate(RuleFiles.ElderlyForm);

        var error = Assert.Single(validation.Diagnostics, d => d.IsError);
        Assert.Equal("$.Rules[0].Rules[1].Rules[1]", error.RulePath);
        Assert.Equal("Expression", error.Property);
        Assert.Equal(1, error.Diagnostic.Line);
        Assert.Equal(8, error.Diagnostic.Column);
        Assert.Equal("1:8", error.Position);
        Assert.Contains("居住年线", error.Diagnostic.MessageZh, StringComparison.Ordinal);
        Assert.Contains("居住年限", error.Diagnostic.MessageZh, StringComparison.Ordinal);
        Assert.Single(validation.For("$.Rules[0].Rules[1].Rules[1]", "Expression"));
        Assert.Empty(validation.For("$.Rules[0].Rules[1]"));
    }

    [Fact]
    public void A_message_template_problem_lands_on_the_rule_with_its_property()
    {
        var draft = RuleSetDraft.Load(RuleFiles.ElderlyRules).Draft!;
        draft.SetText("$.Rules[0].Rules[2]", "ErrorMessage", "已领取 {{input1.不存在}}");

        var validation = draft.Validate(RuleFiles.ElderlyForm);

        var d = Assert.Single(validation.Diagnostics);
        Assert.Equal(("$.Rules[0].Rules[2]", "ErrorMessage"), (d.RulePath, d.Property));
    }

    [Fact]
    public void A_form_that_does_not_load_is_reported_with_no_rule_and_never_throws()
    {
        var draft = RuleSetDraft.Load(RuleFiles.ElderlyRules).Draft!;

        var validation = draft.Validate("{ not json");

        Assert.False(validation.Succeeded);
        Assert.Contains(validation.General, d => d.IsError);
        Assert.Contains(validation.Diagnostics, d => d.RulePath == "$.Rules[0].Rules[0]" && d.Property == "Expression");
    }

    [Fact]
    public void Structural_problems_point_at_the_rule_itself()
    {
        var draft = RuleSetDraft.Load("""[{ "WorkflowName": "w", "Rules": [ { "RuleName": "g", "Operator": "And", "Rules": [] }, { "RuleName": "g", "Expression": "true" } ] }]""").Draft!;

        var validation = draft.Validate(RuleFiles.ElderlyForm);

        Assert.Contains(validation.Diagnostics, d => d.RulePath == "$[0].Rules[0]" && d.Property is null && d.Diagnostic.Code == "rules.operatorWithoutRules");
        Assert.Contains(validation.Diagnostics, d => d.Diagnostic.Code == "rules.duplicateRule");
    }
}
