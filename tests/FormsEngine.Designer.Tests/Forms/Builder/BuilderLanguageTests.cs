using System.Net;
using System.Text.RegularExpressions;
using FormsEngine.Designer.FormEditing;

namespace FormsEngine.Designer.Tests.Forms.Builder;

/// <summary>The builder in both languages: today's Chinese under zh-CN (the default), English after switching.</summary>
public partial class BuilderLanguageTests
{
    [Fact]
    public async Task Chinese_KeepsTodaysWording()
    {
        var html = WebUtility.HtmlDecode(await FormBuilderRenderTests.RenderAsync(null));

        Assert.Contains(">表单标题<input", html, StringComparison.Ordinal);
        Assert.Contains("title=\"没有可撤销的操作\"", html, StringComparison.Ordinal);
        Assert.Contains(">↶ 撤销</button>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"没有可重做的操作\"", html, StringComparison.Ordinal);
        Assert.Contains(">↷ 重做</button>", html, StringComparison.Ordinal);
        Assert.Contains(">保存草稿</button>", html, StringComparison.Ordinal);
        Assert.Contains("表单字段（0 个）", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"fb-palette\" aria-label=\"字段类型\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_LabelsTheBuilderInEnglish()
    {
        using var culture = UiCulture.Use("en");
        var raw = await FormBuilderRenderTests.RenderAsync(File.ReadAllText(Path.Combine(RepoPaths.SampleForms, "returnee-registration.json")));
        var html = WebUtility.HtmlDecode(raw);

        Assert.Contains(">Form title<input", html, StringComparison.Ordinal);
        Assert.Contains(">Save draft</button>", html, StringComparison.Ordinal);
        Assert.Contains("↶ Undo", html, StringComparison.Ordinal);
        Assert.Contains("↷ Redo", html, StringComparison.Ordinal);
        Assert.Contains("Single-line text", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Field types\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("保存草稿", html, StringComparison.Ordinal);

        // What is left in Chinese is form content: labels, keys, the preview. The builder's own chrome is English.
        var chrome = Regex.Replace(html, "<iframe.*?</iframe>", "", RegexOptions.Singleline);
        Assert.DoesNotContain("字段类型", chrome, StringComparison.Ordinal);
        Assert.DoesNotContain("添加字段", chrome, StringComparison.Ordinal);
    }

    [Fact]
    public void English_ModelTextFollowsTheUiCulture()
    {
        using var culture = UiCulture.Use("en");
        var draft = Drafts.Empty();
        var field = draft.AddField("text");

        Assert.Equal("add Single-line text", draft.UndoDescription);
        Assert.Equal("单行文本", field.LabelZh);
        Assert.Equal("Single-line text", field.TypeName);
        Assert.Equal("Enter a field key", draft.CheckKey(field, ""));
        Assert.All(FieldTypeCatalog.All, t => Assert.DoesNotMatch(ResourceText.Chinese(), t.Name + t.GroupName));
        Assert.All(ExpressionFunctions.Functions.Concat(ExpressionFunctions.Keywords).Concat(ExpressionFunctions.TextMethods).Concat(ExpressionFunctions.ListMethods),
            f => Assert.DoesNotMatch(ResourceText.Chinese(), f.Signature + f.Description));

        draft.SetExpression(field, "visibleIf", "年纪 > 3");
        var error = Assert.Single(draft.Validate().For(field));
        Assert.StartsWith("Show when line 1, column 1: ", error.Display, StringComparison.Ordinal);
        Assert.DoesNotMatch(ResourceText.Chinese(), error.Display.Replace("年纪", "", StringComparison.Ordinal));
    }

    [Fact]
    public void English_ExpressionHelp()
    {
        using var culture = UiCulture.Use("en");
        var draft = Drafts.Empty();
        var field = draft.AddField("number");
        draft.SetKey(field, "年龄");
        var assist = new ExpressionAssist(draft);

        Assert.Equal("yes (true)", assist.Preview(field, "1 < 2", []).Display);
        Assert.Equal("number", assist.Check(field, "calculate", "1 + 2").ResultTypeName);
        var age = Assert.Single(assist.Complete(field, "ag", 2), c => c.InsertText == "age(");
        Assert.Equal("age(birth date)", age.Label);
    }

}
