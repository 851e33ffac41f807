using FormsEngine.Forms;

namespace FormsEngine.Tests.Forms;

public sealed class FormDiffTests
{
    private const string Before = """
        {"schemaVersion":1,"id":"f","version":1,"title":{"zh-CN":"表"},"fields":[
          {"type":"page","fields":[{"type":"text","key":"姓名","label":{"zh-CN":"姓名"}},{"type":"static","content":{"zh-CN":"说明"}}]},
          {"type":"repeat","key":"家庭成员","label":{"zh-CN":"家庭成员"},"fields":[{"type":"text","key":"关系","label":{"zh-CN":"关系"}}]},
          {"type":"number","key":"年龄","label":{"zh-CN":"年龄"},"min":0}
        ]}
        """;

    [Fact]
    public void Same_form_has_no_changes()
    {
        Assert.Empty(FormDiff.Compare(Before, Before));
    }

    [Fact]
    public void Added_removed_and_changed_fields_are_found_at_any_depth_by_key()
    {
        var after = Before
            .Replace("\"min\":0", "\"min\":18,\"required\":true", StringComparison.Ordinal)
            .Replace("{\"type\":\"text\",\"key\":\"关系\",\"label\":{\"zh-CN\":\"关系\"}}", "{\"type\":\"text\",\"key\":\"称呼\",\"label\":{\"zh-CN\":\"称呼\"}}", StringComparison.Ordinal)
            .Replace("\"content\":{\"zh-CN\":\"说明\"}", "\"content\":{\"zh-CN\":\"新的说明\"}", StringComparison.Ordinal);

        var changes = FormDiff.Compare(Before, after);

        Assert.Contains(new FormChange(FormChangeKind.Changed, "年龄", "年龄", ["min", "required"]), changes, new ChangeComparer());
        Assert.Contains(changes, c => c is { Kind: FormChangeKind.Added, Key: "家庭成员/称呼", Label: "称呼" });
        Assert.Contains(changes, c => c is { Kind: FormChangeKind.Removed, Key: "家庭成员/关系" });
        Assert.Contains(changes, c => c is { Kind: FormChangeKind.Changed, Key: "static#2" } && c.Properties.SequenceEqual(["content"]));
        Assert.DoesNotContain(changes, c => c.Key == "姓名" || c.Key == "家庭成员");
        Assert.Equal(4, changes.Count);
    }

    private sealed class ChangeComparer : IEqualityComparer<FormChange>
    {
        public bool Equals(FormChange? x, FormChange? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Key == y.Key && x.Label == y.Label && x.Properties.SequenceEqual(y.Properties);

        public int GetHashCode(FormChange obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
