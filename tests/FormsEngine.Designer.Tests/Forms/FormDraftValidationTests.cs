using FormsEngine.Designer.FormEditing;

namespace FormsEngine.Designer.Tests.Forms;

public class FormDraftValidationTests
{
    [Fact]
    public void LoadErrors_MapToFieldAndProperty()
    {
        var draft = Drafts.Empty();
        var page = draft.AddField("page");
        var a = draft.AddField("text", page);
        var b = draft.AddField("text", page);
        draft.SetKey(b, a.Key);
        var choice = draft.AddField("singleChoice");
        draft.SetOptions(choice, []);

        var validation = draft.Validate();

        Assert.Contains(validation.Diagnostics, d => d.Field == b && d.Property == "key" && d.Diagnostic.Code == "form.field.duplicateKey");
        Assert.Contains(validation.Diagnostics, d => d.Field == choice && d.Property == "options");
        Assert.True(validation.HasErrors);
        Assert.Null(validation.Form);
    }

    [Fact]
    public void ExpressionErrors_MapToFieldPropertyAndPosition()
    {
        var draft = Drafts.Empty();
        var group = draft.AddField("repeat");
        var inner = draft.AddField("number", group);
        draft.SetKey(inner, "年龄");
        draft.SetExpression(inner, "visibleIf", "年纪 > 3");
        var validation = draft.Validate();

        var error = Assert.Single(validation.For(inner));
        Assert.Equal("visibleIf", error.Property);
        Assert.Equal(1, error.Diagnostic.Line);
        Assert.Equal(1, error.Diagnostic.Column);
        Assert.Contains("显示条件 第1行第1列", error.Display, StringComparison.Ordinal);
        Assert.NotNull(validation.Form);
        Assert.False(validation.Compiled!.Succeeded);
    }

    [Fact]
    public void ValidationExpressionErrors_MapToValidations()
    {
        var draft = Drafts.Empty();
        var field = draft.AddField("text");
        draft.SetValidations(field, [new ValidationRuleDraft("len(单行文本1) + 'x'", "错")]);

        var error = Assert.Single(draft.Validate().For(field), d => d.IsError);

        Assert.Equal("validations", error.Property);
    }

    [Fact]
    public void FormLevelErrors_HaveNoField()
    {
        var draft = Drafts.Empty();
        draft.SetFormProperty("id", "Bad Id!");

        var error = Assert.Single(draft.Validate().FormLevel);

        Assert.Null(error.Field);
        Assert.Equal("id", error.Property);
    }

    [Fact]
    public void Resolve_IgnoresPathsOutsideTheDraft()
    {
        var draft = Drafts.Empty();

        Assert.Equal((null, null), draft.Resolve("$.fields[7].key"));
        Assert.Equal((null, null), draft.Resolve(null));
    }

    [Fact]
    public void NewPagesAndStaticTexts_GetKeys_SoTheEngineCanAnalyseThem()
    {
        var draft = Drafts.Empty();
        draft.AddField("page");
        draft.AddField("page");
        draft.AddField("static");
        draft.AddField("static");

        Assert.All(draft.Fields, f => Assert.NotEmpty(f.Key));
        Assert.False(draft.Validate().HasErrors);
    }

    [Fact]
    public void TwoKeylessStaticTexts_Validate_without_errors()
    {
        var draft = Drafts.Load("""
            {"schemaVersion":1,"id":"f","version":1,"title":{"zh-CN":"表"},"fields":[
              {"type":"static","content":{"zh-CN":"一"}},{"type":"static","content":{"zh-CN":"二"}}]}
            """);

        var validation = draft.Validate();

        Assert.DoesNotContain(validation.Diagnostics, d => d.Diagnostic.IsError);
        Assert.NotNull(validation.Compiled);
    }
}
