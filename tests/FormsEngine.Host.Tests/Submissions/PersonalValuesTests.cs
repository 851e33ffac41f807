using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Host.Submissions;

namespace FormsEngine.Host.Tests.Submissions;

/// <summary>The lookup values of a submission come from every page and every repeat item.</summary>
public sealed class PersonalValuesTests
{
    [Fact]
    public void Id_numbers_and_mobiles_are_found_on_pages_and_in_repeat_items_once_each()
    {
        var form = FormDefinition.Load(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "forms", "returnee-registration.json"))).Form!;
        var answers = new JsonObject
        {
            ["身份证号"] = "110105194003070014",
            ["手机号"] = "13800138000",
            ["家庭成员"] = new JsonArray(
                new JsonObject { ["姓名"] = "张伟", ["身份证号"] = "110105193805050029" },
                new JsonObject { ["姓名"] = "张丽", ["身份证号"] = "110105194003070014" },
                new JsonObject { ["姓名"] = "无号" }),
        };

        var values = PersonalValues.Lookups(form, answers).ToList();

        Assert.Equal(
            [("idNumber", "110105194003070014"), ("mobile", "13800138000"), ("idNumber", "110105193805050029")],
            values);
    }
}
