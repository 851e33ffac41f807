using FormsEngine.Designer.FormEditing;

namespace FormsEngine.Designer.Tests.Forms;

/// <summary>Drafts the tests start from.</summary>
internal static class Drafts
{
    public static FormDraft Load(string json)
    {
        var result = FormDraft.Load(json);
        Assert.Empty(result.Diagnostics);
        return result.Draft!;
    }

    public static FormDraft Sample(string name) => Load(File.ReadAllText(Path.Combine(RepoPaths.SampleForms, name + ".json")));

    public static FormDraft Empty() => FormDraft.CreateNew("test-form", "测试表单");
}
