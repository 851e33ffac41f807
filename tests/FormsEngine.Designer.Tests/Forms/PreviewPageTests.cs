using FormsEngine.Designer.FormEditing;
using FormsEngine.Designer.Resident;

namespace FormsEngine.Designer.Tests.Forms;

public class PreviewPageTests
{
    [Fact]
    public void Render_UsesTheResidentRendererAndHostAssetUrls()
    {
        var draft = Drafts.Sample("returnee-registration");
        draft.SetLabel(draft.AllFields.First(f => f.Key == "出发地"), "从哪里来", null);

        var html = PreviewPage.Render(draft.Validate().Compiled!, "幸福里社区");

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("从哪里来", html, StringComparison.Ordinal);
        Assert.Contains("幸福里社区", html, StringComparison.Ordinal);
        Assert.Contains("/assets/resident.css?v=" + ResidentAssets.Stylesheet.Hash, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_WorksWhileExpressionsDoNotCompile()
    {
        var draft = Drafts.Empty();
        var field = draft.AddField("text");
        draft.SetExpression(field, "visibleIf", "不存在 > 1");
        var validation = draft.Validate();

        Assert.False(validation.Compiled!.Succeeded);
        Assert.Contains("单行文本", PreviewPage.Render(validation.Compiled), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryPaletteType()
    {
        var draft = Drafts.Empty();
        var group = draft.AddField("repeat");
        foreach (var type in FieldTypeCatalog.All)
        {
            draft.AddField(type.Type, type.IsContainer ? null : group);
            draft.AddField(type.Type);
        }

        var validation = draft.Validate();

        Assert.False(validation.HasErrors, string.Join("\n", validation.Diagnostics.Select(d => d.Diagnostic.ToString())));
        Assert.Contains("签名", PreviewPage.Render(validation.Compiled!), StringComparison.Ordinal);
    }
}
