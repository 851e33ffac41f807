using System.Text.Json.Nodes;
using FormsEngine.Designer.FormEditing;
using FormsEngine.Forms;

namespace FormsEngine.Designer.Tests.Forms;

public class FormDraftRoundTripTests
{
    public static TheoryData<string> SampleForms() =>
        new(Directory.GetFiles(RepoPaths.SampleForms, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SampleForms))]
    public void SampleForm_LoadDraftSave_LoadsToTheSameForm(string name)
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.SampleForms, name + ".json"));
        var expected = FormDefinition.Load(original);
        Assert.True(expected.Success);

        var saved = Drafts.Load(original).ToJson();
        var again = FormDefinition.Load(saved);

        Assert.True(again.Success, string.Join("\n", again.Diagnostics));
        Assert.Equal(expected.Form!.ToJson(), again.Form!.ToJson());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(saved)));
    }

    [Theory]
    [MemberData(nameof(SampleForms))]
    public void SampleForm_ValidatesWithoutErrors(string name)
    {
        var validation = Drafts.Sample(name).Validate();

        Assert.False(validation.HasErrors, string.Join("\n", validation.Diagnostics.Select(d => d.Diagnostic.ToString())));
        Assert.True(validation.Compiled!.Succeeded);
    }

    [Fact]
    public void UnknownTypesAndProperties_SurviveEditsAndSave()
    {
        const string json = """
            {"schemaVersion":1,"id":"f","version":2,"title":{"zh-CN":"表"},"theme":{"color":"red"},"fields":[
              {"type":"text","key":"t","label":{"zh-CN":"名"},"x-width":"half"},
              {"type":"rating","key":"评分","stars":5,"fields":[{"odd":true}]},
              {"type":"page","label":{"zh-CN":"页"},"x-icon":"home","fields":[{"type":"heatmap","key":"h","grid":[1,2]}]}
            ]}
            """;
        var draft = Drafts.Load(json);
        var added = draft.AddField("date");
        draft.Remove(added);
        draft.MoveDown(draft.Fields[0]);
        draft.MoveUp(draft.Fields[1]);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(draft.ToJson())));
        Assert.Equal("未知类型（rating）", draft.Fields[1].TypeName);
        Assert.False(draft.Fields[1].IsContainer);
        var validation = draft.Validate();
        Assert.False(validation.HasErrors);
        Assert.Contains(validation.Diagnostics, d => d.Field == draft.Fields[1] && d.Diagnostic.Code == "form.field.unknownType");
    }

    [Fact]
    public void MalformedJson_GivesAnErrorWithPosition()
    {
        var result = FormDraft.Load("{\"id\": ");

        Assert.Null(result.Draft);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void NotAnObject_GivesAnError()
    {
        Assert.Null(FormDraft.Load("[1,2]").Draft);
    }

    [Fact]
    public void NewForm_IsAValidEmptyForm()
    {
        var draft = FormDraft.CreateNew("new-form", "新表单");

        Assert.False(draft.Validate().HasErrors);
        Assert.Equal("新表单", FormDefinition.Load(draft.ToJson()).Form!.Title.Zh);
    }
}
