using System.Text.RegularExpressions;
using FormsEngine.Designer.Studio.Pages.Packs;
using FormsEngine.Designer.Tests.Forms;

namespace FormsEngine.Designer.Tests.Studio.Packs;

/// <summary>
/// The 规则包 page's text lives in designer/Resources/PacksText(.zh-CN).resx: both languages have the same keys and no
/// blank text, every key the page names exists (also the per-kind and per-source ones), and its markup has no Chinese.
/// </summary>
public partial class PacksTextTests
{
    private static readonly string[] ChangeKinds = ["form", "rule", "parameter", "part", "table", "workflow"];
    private static readonly string[] Sources = ["pack", "street", "community", "district"];
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "designer", "Studio", "Pages", "Packs");

    [Fact]
    public void Chinese_and_English_have_the_same_keys_and_no_blank_text()
    {
        var zh = ResourceText.Entries("PacksText.zh-CN.resx");
        var en = ResourceText.Entries("PacksText.resx");

        Assert.Equal(zh.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        Assert.All(zh.Concat(en), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
        Assert.DoesNotContain(en, e => ResourceText.Chinese().IsMatch(e.Value));
        Assert.All(zh.Where(e => e.Key is not ("Error" or "Warning")), e => Assert.NotEqual(en[e.Key], e.Value));
    }

    [Fact]
    public void The_badges_and_the_reset_read_as_specified_in_Chinese()
    {
        var zh = ResourceText.Entries("PacksText.zh-CN.resx");

        Assert.Equal("包默认", zh["Source_pack"]);
        Assert.Equal("街道", zh["Source_street"]);
        Assert.Equal("本社区", zh["Source_community"]);
        Assert.Equal("恢复默认", zh["Reset"]);
        Assert.Equal("规则包", zh["PageTitle"]);
        Assert.Equal("升级到新版本", zh["UpgradeButton"]);
        Assert.Equal("可沿用旧版本至", zh["StayUntil"]);
    }

    [Fact]
    public void Placeholders_match_between_languages()
    {
        var zh = ResourceText.Entries("PacksText.zh-CN.resx");
        var en = ResourceText.Entries("PacksText.resx");

        Assert.All(zh, e => Assert.Equal(Placeholders(en[e.Key]), Placeholders(e.Value)));
    }

    [Fact]
    public void Every_key_the_page_names_exists()
    {
        var keys = ResourceText.Entries("PacksText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var layout = Path.Combine(RepoPaths.Root, "designer", "Studio", "StudioLayout.razor");
        var used = Directory.GetFiles(Folder, "*.razor").Append(layout)
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Where(m => f != layout || m.Groups["who"].Value == "PacksT").Select(m => m.Groups["key"].Value))
            .Where(k => !k.EndsWith('_'))
            .ToHashSet(StringComparer.Ordinal);
        var derived = ChangeKinds.Select(k => "Kind_" + k).Concat(Sources.Select(PackSettingValues.SourceKey));

        Assert.Contains("Reset", used);
        Assert.Contains("PageTitle", used);
        var missing = used.Concat(derived).Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "missing in PacksText.resx: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_page_markup_has_no_Chinese_outside_comments()
    {
        var files = Directory.GetFiles(Folder, "*.razor");
        Assert.NotEmpty(files);
        var found = ResourceText.ChineseLiterals(files);

        Assert.True(found.Count == 0, "Chinese literals (move them to PacksText.resx):\n" + string.Join('\n', found));
    }

    private static string Placeholders(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"(?<who>\bT|PacksT)\[""(?<key>[A-Za-z_]+)""")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

}
