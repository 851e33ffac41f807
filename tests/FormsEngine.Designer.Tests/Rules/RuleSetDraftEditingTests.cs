using System.Text.Json.Nodes;
using FormsEngine.Designer.RuleEditing;

namespace FormsEngine.Designer.Tests.Rules;

public sealed class RuleSetDraftEditingTests
{
    private const string Flat = """{ "schemaVersion": 1, "WorkflowName": "w", "Rules": [ { "RuleName": "a", "Expression": "true" }, { "RuleName": "b", "Expression": "false" } ] }""";

    [Fact]
    public void Groups_nest_to_any_depth_and_new_names_are_unique_in_the_workflow()
    {
        var draft = RuleSetDraft.CreateNew("w");
        var owner = "$";
        for (var depth = 0; depth < 6; depth++)
        {
            owner = draft.AddGroup(owner, "组", depth % 2 == 0 ? RuleOperatorKind.And : RuleOperatorKind.Or, "规则")!;
        }

        var deepest = draft.Workflows[0].AllRules.Max(r => r.Depth);
        Assert.Equal(6, deepest);
        var names = draft.Workflows[0].AllRules.Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("组6", names);

        // Each group holds one blank rule: the engine asks for a condition on exactly those, placed on them.
        var validation = draft.Validate(RuleFiles.ElderlyForm);
        var blanks = draft.Workflows[0].AllRules.Where(r => !r.IsGroup).Select(r => r.Path).ToHashSet();
        Assert.Equal(6, blanks.Count);
        Assert.All(validation.Diagnostics, d => Assert.Equal("rules.noCondition", d.Diagnostic.Code));
        Assert.Equal(blanks, validation.Diagnostics.Select(d => d.RulePath!).ToHashSet());
    }

    [Fact]
    public void Typing_into_one_property_is_one_undo_step_and_redo_applies_it_again()
    {
        var draft = RuleSetDraft.Load(Flat).Draft!;

        draft.SetText("$.Rules[0]", "Expression", "input1");
        draft.SetText("$.Rules[0]", "Expression", "input1.x");
        draft.SetText("$.Rules[0]", "Expression", "input1.x > 1");
        draft.EndEditGroup();
        draft.SetText("$.Rules[0]", "ErrorMessage", "太小");

        Assert.True(draft.IsDirty);
        Assert.True(draft.Undo());
        Assert.Null(draft.Find("$.Rules[0]")!.ErrorMessage);
        Assert.Equal("input1.x > 1", draft.Find("$.Rules[0]")!.Expression);
        Assert.True(draft.Undo());
        Assert.Equal("true", draft.Find("$.Rules[0]")!.Expression);
        Assert.False(draft.CanUndo);
        Assert.False(draft.IsDirty);
        Assert.True(draft.Redo());
        Assert.Equal("input1.x > 1", draft.Find("$.Rules[0]")!.Expression);
    }

    [Fact]
    public void Undo_is_bounded()
    {
        var draft = RuleSetDraft.Load(Flat, undoCapacity: 3).Draft!;
        for (var i = 0; i < 5; i++)
        {
            draft.SetEnabled("$.Rules[0]", i % 2 == 1);
        }

        var undone = 0;
        while (draft.Undo())
        {
            undone++;
        }

        Assert.Equal(3, undone);
    }

    [Fact]
    public void Move_indent_outdent_and_remove_restructure_the_tree_and_undo_restores_it()
    {
        var draft = RuleSetDraft.Load(Flat).Draft!;
        var before = draft.ToJson();

        var group = draft.AddGroup("$", "g", RuleOperatorKind.Or, "c")!;
        Assert.Equal("$.Rules[2]", group);
        Assert.Equal("$.Rules[1]", draft.Move(group, -1));
        Assert.Null(draft.Indent("$.Rules[1]"));
        Assert.Equal("$.Rules[1].Rules[1]", draft.Indent("$.Rules[2]"));
        Assert.Equal(["c", "b"], draft.Find("$.Rules[1]")!.Children.Select(c => c.Name));
        Assert.Equal("$.Rules[2]", draft.Outdent("$.Rules[1].Rules[0]"));
        Assert.Null(draft.Outdent("$.Rules[0]"));
        Assert.True(draft.SetOperator("$.Rules[1]", RuleOperatorKind.And));
        Assert.False(draft.SetOperator("$.Rules[0]", RuleOperatorKind.Or));
        Assert.True(draft.Remove("$.Rules[2]"));
        Assert.Equal(["a", "g"], draft.Workflows[0].Rules.Select(r => r.Name));
        Assert.Equal(RuleOperatorKind.And, draft.Find("$.Rules[1]")!.Operator);

        while (draft.Undo())
        {
        }

        Assert.Equal(before, draft.ToJson());
    }

    [Fact]
    public void Disabling_writes_enabled_false_and_enabling_removes_it_again()
    {
        var draft = RuleSetDraft.Load(Flat).Draft!;

        draft.SetEnabled("$.Rules[1]", false);
        Assert.False(JsonNode.Parse(draft.ToJson())!["Rules"]![1]!["Enabled"]!.GetValue<bool>());
        Assert.False(draft.Find("$.Rules[1]")!.Enabled);
        draft.SetEnabled("$.Rules[1]", true);

        Assert.Null(JsonNode.Parse(draft.ToJson())!["Rules"]![1]!["Enabled"]);
    }

    [Fact]
    public void Blank_optional_text_removes_the_property()
    {
        var draft = RuleSetDraft.Load(Flat).Draft!;
        draft.SetText("$.Rules[0]", "SuccessEvent", "发放");
        draft.SetText("$.Rules[0]", "SuccessEvent", " ");

        Assert.Null(JsonNode.Parse(draft.ToJson())!["Rules"]![0]!["SuccessEvent"]);
        Assert.Throws<ArgumentException>(() => draft.SetText("$.Rules[0]", "Actions", "x"));
    }
}
