using System.Text.Json.Nodes;
using FormsEngine.Designer.RuleEditing;

namespace FormsEngine.Designer.Tests.Rules;

public sealed class RuleSetDraftRoundTripTests
{
    [Fact]
    public void Sample_rule_set_round_trips_unchanged_with_params_actions_and_properties()
    {
        var draft = RuleSetDraft.Load(RuleFiles.ElderlyRules).Draft!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(RuleFiles.ElderlyRules), JsonNode.Parse(draft.ToJson())));
        Assert.False(draft.IsDirty);
    }

    [Fact]
    public void Sample_rule_set_shows_its_nested_tree()
    {
        var draft = RuleSetDraft.Load(RuleFiles.ElderlyRules).Draft!;

        var workflow = Assert.Single(draft.Workflows);
        Assert.Equal("高龄补贴", workflow.Name);
        Assert.Equal("$", workflow.Path);
        var root = Assert.Single(workflow.Rules);
        Assert.Equal(("高龄补贴资格", RuleOperatorKind.And, "发放高龄补贴"), (root.Name, root.Operator, root.SuccessEvent));
        Assert.Equal(["年龄达标", "户籍或居住年限", "未重复领取"], root.Children.Select(c => c.Name));
        var or = root.Children[1];
        Assert.Equal(("$.Rules[0].Rules[1]", RuleOperatorKind.Or, 1), (or.Path, or.Operator, or.Depth));
        Assert.Equal(["$.Rules[0].Rules[1].Rules[0]", "$.Rules[0].Rules[1].Rules[1]"], or.Children.Select(c => c.Path));
        Assert.Equal("input1.年龄 >= 起始年龄", root.Children[0].Expression);
        Assert.Equal(6, workflow.AllRules.Count());
    }

    [Fact]
    public void Edits_keep_unknown_properties_and_the_files_spelling_golden()
    {
        var draft = RuleSetDraft.Load(RuleFiles.Golden("nested-in.json")).Draft!;

        Assert.Equal("$[0].Rules[0].rules[2]", draft.AddGroup("$[0].Rules[0]", "居住", RuleOperatorKind.Or, "新规则"));
        Assert.Equal("$[0].Rules[0].rules[1]", draft.Move("$[0].Rules[0].rules[0]", 1));
        Assert.Equal("$[0].Rules[0].rules[2]", draft.Move("$[0].Rules[0].rules[1]", 1));
        Assert.Equal("$[0].Rules[0].rules[1].Rules[1]", draft.Indent("$[0].Rules[0].rules[2]"));
        Assert.Equal("$[0].Rules[0].rules[1].Rules[0]", draft.Move("$[0].Rules[0].rules[1].Rules[1]", -1));
        Assert.True(draft.SetText("$[0].Rules[0].rules[1].Rules[0]", "Expression", "input1.年龄 >= 80"));
        Assert.True(draft.SetText("$[0].Rules[0].rules[1].Rules[0]", "ErrorMessage", "年龄需满 80 周岁"));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(RuleFiles.Golden("nested-out.json")), JsonNode.Parse(draft.ToJson())), draft.ToJson());
    }

    [Theory]
    [InlineData("{ \"WorkflowName\": ", "rules.json")]
    [InlineData("42", "rules.root")]
    public void Bad_json_gives_one_bilingual_diagnostic_with_a_position_and_no_draft(string json, string code)
    {
        var load = RuleSetDraft.Load(json);

        Assert.Null(load.Draft);
        var d = Assert.Single(load.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.NotEmpty(d.MessageZh);
        Assert.NotEmpty(d.MessageEn);
        if (code == "rules.json")
        {
            Assert.Equal(1, d.Line);
            Assert.True(d.Column > 1);
        }
    }

    [Fact]
    public void A_workflow_without_schema_version_gets_one_on_save()
    {
        var draft = RuleSetDraft.Load("""{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "true" } ] }""").Draft!;

        var saved = JsonNode.Parse(draft.ToJson())!.AsObject();

        Assert.Equal(1, saved["schemaVersion"]!.GetValue<int>());
        Assert.Equal("schemaVersion", saved.First().Key);
    }
}
