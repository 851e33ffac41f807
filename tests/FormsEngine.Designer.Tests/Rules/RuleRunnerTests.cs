using System.Text.Json.Nodes;
using FormsEngine.Designer.Operations;
using FormsEngine.Designer.RuleEditing;

namespace FormsEngine.Designer.Tests.Rules;

public sealed class RuleRunnerTests
{
    private static readonly JsonObject Eligible = new()
    {
        ["姓名"] = "李秀英", ["身份证号"] = "110105194003070014", ["手机号"] = "13800138000",
        ["户籍"] = "本市", ["居住年限"] = 30, ["独居"] = true, ["已领取其他养老补贴"] = false,
    };

    [Fact]
    public void Complete_answers_are_normalised_by_the_form_and_explained_for_the_resident()
    {
        var result = RuleTestRunner.Run(Request(), (JsonObject)Eligible.DeepClone());

        Assert.True(result.Ran);
        Assert.True(result.Notes.Count == 0, string.Join("\n", result.Notes.Select(n => $"{n.Where} {n.En}")));
        Assert.True(result.Eligible);
        Assert.StartsWith("您符合高龄补贴条件（86 周岁）", result.Explanation, StringComparison.Ordinal);
        Assert.Equal(["发放高龄补贴"], result.Events);
        var root = Assert.Single(result.Results);
        Assert.Equal(3, root.Children.Count);
        var age = root.Children[0];
        Assert.Equal(("年龄达标", "true"), (age.Name, age.ConditionValue));
        Assert.Contains(age.Fields, f => f.Field == "input1.年龄" && f.Value == "86");
    }

    [Fact]
    public void Incomplete_answers_are_used_as_typed_with_a_note_and_the_failure_is_explained()
    {
        var answers = new JsonObject { ["年龄"] = 72, ["户籍"] = "外地", ["居住年限"] = 3, ["已领取其他养老补贴"] = false };

        var result = RuleTestRunner.Run(Request(), answers);

        Assert.True(result.Ran);
        Assert.NotEmpty(result.Notes);
        Assert.False(result.Eligible);
        Assert.Contains("年龄需满 80 周岁（您的年龄：72 岁）", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("需为本市户籍，或在本社区连续居住满 5 年（您的居住年限：3 年）", result.Explanation, StringComparison.Ordinal);
        Assert.False(result.Results[0].Children[1].IsSuccess);
    }

    [Fact]
    public void Rules_that_do_not_compile_are_reported_with_their_position()
    {
        var draft = RuleSetDraft.Load(RuleFiles.ElderlyRules).Draft!;
        draft.SetText("$.Rules[0].Rules[0]", "Expression", "input1.年纪 >= 80");

        var result = RuleTestRunner.Run(Request(draft.ToJson()), Eligible);

        Assert.False(result.Ran);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.Rules[0].Rules[0].Expression 1:8", problem.Where);
    }

    [Theory]
    [InlineData("{\"年龄\": ", "1:")]
    [InlineData("[1]", "1:1")]
    public void Answers_that_are_not_a_json_object_give_a_bilingual_problem_with_position(string json, string where)
    {
        var (answers, problem) = RuleTestRunner.ParseAnswers(json);

        Assert.Null(answers);
        Assert.StartsWith(where, problem!.Where, StringComparison.Ordinal);
        Assert.NotEmpty(problem.Zh);
        Assert.NotEmpty(problem.En);
    }

    [Fact]
    public void What_if_counts_and_lists_the_submissions_whose_outcome_changes()
    {
        var draft = RuleSetDraft.Load(RuleFiles.ElderlyRules).Draft!;
        draft.SetText("$.Rules[0].Rules[0]", "Expression", "input1.年龄 >= 90");
        var young = (JsonObject)Eligible.DeepClone();
        young["身份证号"] = "110105193503070016";
        var submissions = new[]
        {
            new WhatIfSubmission("s1", "DQ-1", (JsonObject)Eligible.DeepClone()),
            new WhatIfSubmission("s2", "DQ-2", young),
        };

        var result = RuleWhatIfRunner.Compare(RuleFiles.ElderlyForm, RuleFiles.ElderlyRules, draft.ToJson(), "高龄补贴", submissions);

        Assert.True(result.Ran);
        Assert.Equal((2, 0, 1, 1), (result.Total, result.Gained, result.Lost, result.Unchanged));
        var change = Assert.Single(result.Changes);
        Assert.Equal(("s1", "DQ-1", true, false), (change.SubmissionId, change.Reference, change.EligibleBefore, change.EligibleAfter));
        Assert.Equal(["高龄补贴资格"], change.Rules);
    }

    [Fact]
    public void Field_suggestions_carry_the_input_prefix()
    {
        var assist = new RuleExpressionAssist(RuleFiles.ElderlyForm);

        var top = assist.Complete("年");
        var member = assist.Complete("input1.居");

        var field = top.First(c => c.Kind == FormEditing.CompletionKind.Field);
        Assert.Contains(top, c => c.InsertText == "input1.居住年限");
        Assert.Equal("input1.年龄", field.InsertText);
        Assert.Equal("input1.年龄", field.ApplyTo("年").Text);
        var living = member[0];
        Assert.Equal("input1.居住年限", living.ApplyTo("input1.居").Text);
        Assert.Empty(new RuleExpressionAssist("{").Complete("年"));
    }

    private static RuleTestRequest Request(string? rules = null) => new(RuleFiles.ElderlyForm, rules ?? RuleFiles.ElderlyRules, null, null, null);
}
