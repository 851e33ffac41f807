using FormsEngine.Designer.FormEditing;

namespace FormsEngine.Designer.Tests.Forms;

public class FormDraftUndoTests
{
    [Fact]
    public void UndoRedo_AddMoveRemove_ReturnsEachState()
    {
        var draft = Drafts.Empty();
        var empty = draft.ToJson();
        var a = draft.AddField("text");
        var b = draft.AddField("number");
        var afterAdds = draft.ToJson();
        draft.MoveUp(b);
        var afterMove = draft.ToJson();
        draft.Remove(a);
        var afterRemove = draft.ToJson();

        Assert.True(draft.Undo());
        Assert.Equal(afterMove, draft.ToJson());
        Assert.True(draft.Undo());
        Assert.Equal(afterAdds, draft.ToJson());
        Assert.True(draft.Undo());
        Assert.True(draft.Undo());
        Assert.Equal(empty, draft.ToJson());
        Assert.False(draft.Undo());

        Assert.True(draft.Redo());
        Assert.True(draft.Redo());
        Assert.True(draft.Redo());
        Assert.True(draft.Redo());
        Assert.Equal(afterRemove, draft.ToJson());
        Assert.False(draft.Redo());
    }

    [Fact]
    public void NewEdit_ClearsRedo()
    {
        var draft = Drafts.Empty();
        draft.AddField("text");
        draft.Undo();
        Assert.True(draft.CanRedo);

        draft.AddField("date");

        Assert.False(draft.CanRedo);
        Assert.Equal("date", Assert.Single(draft.Fields).Type);
    }

    [Fact]
    public void TypingIntoOneProperty_IsOneUndoStep()
    {
        var draft = Drafts.Empty();
        var field = draft.AddField("text");
        draft.SetLabel(field, "姓", null);
        draft.SetLabel(field, "姓名", null);
        draft.SetLabel(field, "姓名（必填）", null);

        draft.Undo();

        Assert.Equal("单行文本", field.LabelZh);
        draft.Redo();
        Assert.Equal("姓名（必填）", field.LabelZh);
    }

    [Fact]
    public void EndEditGroup_StartsANewUndoStep()
    {
        var draft = Drafts.Empty();
        var field = draft.AddField("text");
        draft.SetLabel(field, "姓名", null);
        draft.EndEditGroup();
        draft.SetLabel(field, "名字", null);

        draft.Undo();

        Assert.Equal("姓名", field.LabelZh);
    }

    [Fact]
    public void EditsOfDifferentProperties_AreSeparateSteps()
    {
        var draft = Drafts.Empty();
        var field = draft.AddField("number");
        draft.SetNumber(field, "min", 0);
        draft.SetNumber(field, "max", 120);

        draft.Undo();

        Assert.Equal(0m, field.GetNumber("min"));
        Assert.Null(field.GetNumber("max"));
    }

    [Fact]
    public void History_IsBounded()
    {
        var draft = FormDraft.CreateNew("bounded", "有限", undoCapacity: 3);
        for (var i = 0; i < 5; i++)
        {
            draft.AddField("text");
        }

        var undone = 0;
        while (draft.Undo())
        {
            undone++;
        }

        Assert.Equal(3, undone);
        Assert.Equal(2, draft.Fields.Count);
    }

    [Fact]
    public void Dirty_FollowsUndoToTheSavedState()
    {
        var draft = Drafts.Empty();
        Assert.False(draft.IsDirty);

        var field = draft.AddField("text");
        Assert.True(draft.IsDirty);
        draft.MarkSaved();
        Assert.False(draft.IsDirty);

        draft.SetRequired(field, true);
        Assert.True(draft.IsDirty);
        draft.Undo();
        Assert.False(draft.IsDirty);
        draft.Undo();
        Assert.True(draft.IsDirty);
        draft.Redo();
        Assert.False(draft.IsDirty);
    }

    [Fact]
    public void EditAfterSave_DoesNotMergeIntoTheSavedStep()
    {
        var draft = Drafts.Empty();
        var field = draft.AddField("text");
        draft.SetLabel(field, "姓名", null);
        draft.MarkSaved();
        draft.SetLabel(field, "姓名2", null);

        Assert.True(draft.IsDirty);
        draft.Undo();
        Assert.False(draft.IsDirty);
        Assert.Equal("姓名", field.LabelZh);
    }

    [Fact]
    public void Changed_IsRaisedForEditsUndoAndRedo()
    {
        var draft = Drafts.Empty();
        var count = 0;
        draft.Changed += (_, _) => count++;

        draft.AddField("text");
        draft.Undo();
        draft.Redo();

        Assert.Equal(3, count);
        Assert.Equal(3, draft.Revision);
    }

    [Fact]
    public void SettingTheSameValue_RecordsNothing()
    {
        var draft = Drafts.Empty();
        var field = draft.AddField("text");
        draft.SetRequired(field, false);

        draft.Undo();

        Assert.Empty(draft.Fields);
    }
}
