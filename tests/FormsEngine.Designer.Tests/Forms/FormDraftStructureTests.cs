using FormsEngine.Designer.FormEditing;

namespace FormsEngine.Designer.Tests.Forms;

public class FormDraftStructureTests
{
    [Fact]
    public void AddField_GivesChineseLabelAndUniqueKey()
    {
        var draft = Drafts.Empty();
        var a = draft.AddField("text");
        var b = draft.AddField("text");

        Assert.Equal("单行文本", a.LabelZh);
        Assert.Equal("单行文本1", a.Key);
        Assert.Equal("单行文本2", b.Key);
        Assert.Equal([a, b], draft.Fields);
    }

    [Theory]
    [MemberData(nameof(PaletteTypes))]
    public void AddField_EveryPaletteTypeValidates(string type)
    {
        var draft = Drafts.Empty();
        draft.AddField(type);

        var validation = draft.Validate();

        Assert.False(validation.HasErrors, string.Join("\n", validation.Diagnostics.Select(d => d.Diagnostic.ToString())));
    }

    public static TheoryData<string> PaletteTypes() => new(FieldTypeCatalog.All.Select(t => t.Type));

    [Fact]
    public void Palette_HasEveryEngineTypeWithChineseNames()
    {
        string[] expected =
        [
            "单行文本", "多行文本", "数字", "日期", "时间", "日期时间", "单选", "多选", "是/否", "手机号", "身份证号", "邮箱", "地址",
            "文件", "照片", "签名", "定位", "重复组", "分页", "说明文字", "隐藏字段", "计算字段",
        ];
        Assert.Equal(expected, FieldTypeCatalog.All.Select(t => t.NameZh));
    }

    [Fact]
    public void AddField_InsideRepeat_KeysAreScopedToTheGroup()
    {
        var draft = Drafts.Empty();
        var top = draft.AddField("text");
        var group = draft.AddField("repeat");
        var inner = draft.AddField("text", group);

        Assert.Equal(top.Key, inner.Key);
        Assert.Same(group, inner.Parent);
        Assert.Same(group, inner.RepeatScope);
        Assert.False(draft.Validate().HasErrors);
    }

    [Fact]
    public void AddField_InsidePage_SharesTheFormScope()
    {
        var draft = Drafts.Empty();
        draft.AddField("text");
        var page = draft.AddField("page");
        var inner = draft.AddField("text", page);

        Assert.Equal("第1页", page.LabelZh);
        Assert.Equal("单行文本2", inner.Key);
        Assert.Equal("$.fields[1].fields[0]", draft.PathOf(inner));
    }

    [Fact]
    public void AddField_PageIntoContainer_GoesToTopLevel()
    {
        var draft = Drafts.Empty();
        var group = draft.AddField("repeat");
        var page = draft.AddField("page", group);

        Assert.Null(page.Parent);
        Assert.Equal(2, draft.Fields.Count);
    }

    [Fact]
    public void MoveUpAndDown_WithinList()
    {
        var draft = Drafts.Empty();
        var a = draft.AddField("text");
        var b = draft.AddField("number");
        var c = draft.AddField("date");

        Assert.True(draft.MoveUp(c));
        Assert.Equal([a, c, b], draft.Fields);
        Assert.True(draft.MoveDown(a));
        Assert.Equal([c, a, b], draft.Fields);
        Assert.False(draft.MoveUp(c));
        Assert.False(draft.MoveDown(b));
    }

    [Theory]
    [InlineData(0, 2, "BAC")]
    [InlineData(0, 3, "BCA")]
    [InlineData(2, 0, "CAB")]
    [InlineData(1, 1, "ABC")]
    [InlineData(1, 2, "ABC")]
    public void Move_DropIndexIsBeforeTheFieldShownThere(int from, int dropAt, string expected)
    {
        var draft = Drafts.Empty();
        var fields = new[] { draft.AddField("text"), draft.AddField("text"), draft.AddField("text") };
        var names = new Dictionary<FieldDraft, char> { [fields[0]] = 'A', [fields[1]] = 'B', [fields[2]] = 'C' };

        draft.Move(fields[from], null, dropAt);

        Assert.Equal(expected, string.Concat(draft.Fields.Select(f => names[f])));
    }

    [Fact]
    public void Move_IntoAndOutOfRepeatGroup()
    {
        var draft = Drafts.Empty();
        var name = draft.AddField("text");
        var group = draft.AddField("repeat");

        draft.Move(name, group, 0);
        Assert.Same(group, name.Parent);
        Assert.Equal([group], draft.Fields);

        draft.Move(name, null, 0);
        Assert.Null(name.Parent);
        Assert.Equal([name, group], draft.Fields);
    }

    [Fact]
    public void CanMove_RejectsCyclesPagesInContainersAndDeepRepeats()
    {
        var draft = Drafts.Empty();
        var page = draft.AddField("page");
        var g1 = draft.AddField("repeat");
        var g2 = draft.AddField("repeat", g1);
        var g3 = draft.AddField("repeat", g2);
        var g4 = draft.AddField("repeat");

        Assert.False(draft.CanMove(g1, g2));
        Assert.False(draft.CanMove(page, g1));
        Assert.False(draft.CanMove(g4, g3));
        Assert.True(draft.CanMove(g4, g2));
        Assert.True(draft.CanMove(g4, page));
        Assert.Throws<InvalidOperationException>(() => draft.Move(g1, g3, 0));
    }

    [Fact]
    public void Remove_TakesChildrenWith()
    {
        var draft = Drafts.Empty();
        var group = draft.AddField("repeat");
        draft.AddField("text", group);

        draft.Remove(group);

        Assert.Empty(draft.Fields);
        Assert.Empty(draft.AllFields);
    }

    [Fact]
    public void CheckKey_ReportsInvalidAndDuplicateKeysInTheSameScopeOnly()
    {
        var draft = Drafts.Empty();
        var a = draft.AddField("text");
        var b = draft.AddField("text");
        var group = draft.AddField("repeat");
        var inner = draft.AddField("text", group);

        Assert.Null(draft.CheckKey(b, "姓名"));
        Assert.Contains("已被", draft.CheckKey(b, a.Key), StringComparison.Ordinal);
        Assert.Null(draft.CheckKey(inner, a.Key));
        Assert.NotNull(draft.CheckKey(b, "1abc"));
        Assert.NotNull(draft.CheckKey(b, "a b"));
    }
}
