using System.Text.Json.Nodes;
using FormsEngine.Designer.FormEditing;
using FormsEngine.Forms;

namespace FormsEngine.Designer.Tests.Forms;

public class FormDraftPropertyTests
{
    [Fact]
    public void EditedProperties_ReachTheEngine()
    {
        var draft = Drafts.Empty();
        var age = draft.AddField("number");
        draft.SetKey(age, "年龄");
        draft.SetLabel(age, "年龄", "Age");
        draft.SetText(age, "help", "周岁", null);
        draft.SetRequired(age, true);
        draft.SetFlag(age, "integer", true);
        draft.SetNumber(age, "min", 0);
        draft.SetNumber(age, "max", 120);
        var note = draft.AddField("textarea");
        draft.SetNumber(note, "maxLength", 200);
        draft.SetString(note, "pattern", "[^<>]*");
        draft.SetExpression(note, "visibleIf", "年龄 >= 60");
        draft.SetExpression(note, "requiredIf", "年龄 >= 80");
        draft.SetValidations(note, [new ValidationRuleDraft("len(多行文本1) >= 2", "至少写两个字")]);
        draft.SetPersonalData(note, PersonalDataClass.Sensitive);
        var choice = draft.AddField("singleChoice");
        draft.SetOptions(choice, [new ChoiceOptionDraft("a", "甲", "A"), new ChoiceOptionDraft("b", "乙")]);

        var validation = draft.Validate();

        Assert.False(validation.HasErrors, string.Join("\n", validation.Diagnostics.Select(d => d.Diagnostic.ToString())));
        var form = validation.Form!;
        var field = form.FindField("年龄")!;
        Assert.Equal("Age", field.Label!.En);
        Assert.Equal("周岁", field.Help!.Zh);
        Assert.True(field.Required);
        var text = form.FindField("多行文本1")!;
        Assert.Equal("年龄 >= 60", text.VisibleIf);
        Assert.Equal("年龄 >= 80", text.RequiredIf);
        Assert.Equal("至少写两个字", Assert.Single(text.Validations).Message.Zh);
        Assert.Equal(PersonalDataClass.Sensitive, text.PersonalData);
        Assert.Equal(["甲", "乙"], draft.FindById(choice.Id)!.Options.Select(o => o.LabelZh));
    }

    [Fact]
    public void ClearingAProperty_RemovesIt()
    {
        var draft = Drafts.Empty();
        var field = draft.AddField("text");
        draft.SetExpression(field, "visibleIf", "true");
        draft.SetExpression(field, "visibleIf", "  ");
        draft.SetText(field, "help", "", null);

        var json = JsonNode.Parse(draft.ToJson())!["fields"]![0]!.AsObject();

        Assert.False(json.ContainsKey("visibleIf"));
        Assert.False(json.ContainsKey("help"));
    }

    [Fact]
    public void EditingAnOption_KeepsItsOtherLanguagesAndProperties()
    {
        var draft = Drafts.Load("""
            {"schemaVersion":1,"id":"f","version":1,"title":{"zh-CN":"表"},"fields":[
              {"type":"singleChoice","key":"c","label":{"zh-CN":"选"},
               "options":[{"value":"a","label":{"zh-CN":"甲","en":"A","bo":"ཀ"},"score":3}]}]}
            """);
        var field = draft.Fields[0];
        var option = field.Options[0] with { LabelZh = "甲方" };

        draft.SetOptions(field, [option]);

        var saved = JsonNode.Parse(draft.ToJson())!["fields"]![0]!["options"]![0]!;
        Assert.Equal("甲方", (string?)saved["label"]!["zh-CN"]);
        Assert.Equal("ཀ", (string?)saved["label"]!["bo"]);
        Assert.Equal(3, (int)saved["score"]!);
    }

    [Fact]
    public void SetLabel_KeepsOtherLanguages()
    {
        var draft = Drafts.Load("""
            {"schemaVersion":1,"id":"f","version":1,"title":{"zh-CN":"表"},"fields":[
              {"type":"text","key":"t","label":{"zh-CN":"名","en":"Name","ug":"ئىسىم"}}]}
            """);

        draft.SetLabel(draft.Fields[0], "姓名", "Full name");

        var label = JsonNode.Parse(draft.ToJson())!["fields"]![0]!["label"]!;
        Assert.Equal("ئىسىم", (string?)label["ug"]);
        Assert.Equal("Full name", (string?)label["en"]);
    }

    [Fact]
    public void FormProperties_AreEditableAndUndoable()
    {
        var draft = Drafts.Empty();
        draft.SetTitle("居民登记", "Residents");
        draft.SetDescription("请如实填写", null);

        Assert.Equal("居民登记", draft.TitleZh);
        Assert.Equal("请如实填写", draft.DescriptionZh);
        draft.Undo();
        Assert.Null(draft.DescriptionZh);
        draft.Undo();
        Assert.Equal("测试表单", draft.TitleZh);
    }

    [Fact]
    public void StructuralProperties_CannotBeSetDirectly()
    {
        var draft = Drafts.Empty();
        var group = draft.AddField("repeat");

        Assert.Throws<ArgumentException>(() => draft.SetProperty(group, "type", "text"));
        Assert.Throws<ArgumentException>(() => draft.SetProperty(group, "fields", new JsonArray()));
    }
}
