using System.Text.RegularExpressions;
using FormsEngine.Designer.FormEditing;

namespace FormsEngine.Designer.Tests.Forms.Builder;

/// <summary>
/// The builder's text lives in designer/Resources/BuilderText(.zh-CN).resx: no Chinese in the builder's markup, both
/// languages have the same keys, and every key the builder or its model names exists.
/// </summary>
public partial class BuilderTextSourceTests
{
    private static string BuilderFolder => Path.Combine(RepoPaths.Root, "designer", "Forms", "Builder");

    [Fact]
    public void BuilderMarkup_HasNoChineseOutsideComments()
    {
        var files = Directory.GetFiles(BuilderFolder, "*.razor").Concat(Directory.GetFiles(BuilderFolder, "*.razor.cs")).ToList();
        Assert.NotEmpty(files);
        var found = ResourceText.ChineseLiterals(files);

        Assert.True(found.Count == 0, "Chinese literals (move them to BuilderText.resx):\n" + string.Join('\n', found));
    }

    [Fact]
    public void BothLanguages_HaveTheSameKeysAndNoEmptyText()
    {
        var english = ResourceText.Entries("BuilderText.resx");
        var chinese = ResourceText.Entries("BuilderText.zh-CN.resx");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(english, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(chinese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(english, e => ResourceText.Chinese().IsMatch(e.Value));
    }

    [Fact]
    public void EveryKeyTheBuilderNames_Exists()
    {
        var keys = ResourceText.Entries("BuilderText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "designer", "Forms"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal));
        var named = sources.SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value + m.Groups[2].Value)).ToHashSet(StringComparer.Ordinal);

        // Keys built from a prefix ("FieldType_" + type): the prefix is not a key, every name it is built with is.
        named.RemoveWhere(k => k.EndsWith('_'));
        named.UnionWith(FieldTypeCatalog.All.SelectMany(t => new[] { "FieldType_" + t.Type, "Group_" + t.Group }));
        named.UnionWith(Enum.GetNames<CompletionKind>().Select(k => "Kind_" + k));
        named.UnionWith(new[] { ExpressionFunctions.Functions, ExpressionFunctions.Keywords, ExpressionFunctions.TextMethods, ExpressionFunctions.ListMethods }
            .SelectMany(list => list).SelectMany(f => new[] { f.TextKey, f.TextKey + "_Call" }));

        Assert.NotEmpty(named);
        var missing = named.Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "missing in BuilderText.resx: " + string.Join(", ", missing));
    }


    [GeneratedRegex(@"\bT\[""(\w+)""|BuilderStrings\.(?:Get|Format|Chinese)\(""(\w+)""")]
    private static partial Regex KeyUse();
}
