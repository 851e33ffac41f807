using System.Text.Json.Nodes;
using FormsEngine.Forms.PersonalData;
using FormsEngine.Tests.Identity;

namespace FormsEngine.Tests.Forms.PersonalData;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData(IdVectors.FemaleWithX, "110***********002X")]
    [InlineData("12345", "*****")]
    public void Id_numbers_keep_three_and_four(string value, string expected) =>
        Assert.Equal(expected, TextMasks.IdNumber(value));

    [Fact]
    public void Mobile_numbers_keep_three_and_four() => Assert.Equal("138****8000", TextMasks.Mobile("13800138000"));

    [Theory]
    [InlineData("王芳", "王*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData(" 张 ", "张*")]
    [InlineData("Zhang Wei", "Z***")]
    [InlineData("𠀋大", "𠀋*")]
    [InlineData("", "")]
    public void Text_keeps_the_first_character(string value, string expected) => Assert.Equal(expected, TextMasks.Text(value));

    [Theory]
    [InlineData("zhang.wei@example.com", "z***@example.com")]
    [InlineData("@example.com", "@***")]
    public void Email_keeps_the_first_character_and_the_domain(string value, string expected) =>
        Assert.Equal(expected, TextMasks.Email(value));

    [Fact]
    public void Submission_is_masked_by_type_and_class_without_changing_the_input()
    {
        var form = FormFixture.Form("""
            { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名" }, "personalData": "personal" },
            { "type": "idNumber", "key": "身份证号", "label": { "zh-CN": "身份证号" } },
            { "type": "mobile", "key": "手机号", "label": { "zh-CN": "手机号" } },
            { "type": "address", "key": "住址", "label": { "zh-CN": "住址" } },
            { "type": "number", "key": "体温", "label": { "zh-CN": "体温" }, "personalData": "sensitive" },
            { "type": "text", "key": "车牌", "label": { "zh-CN": "车牌" } },
            { "type": "repeat", "key": "家庭成员", "label": { "zh-CN": "家庭成员" }, "fields": [
                { "type": "text", "key": "姓名", "label": { "zh-CN": "姓名" }, "personalData": "personal" },
                { "type": "idNumber", "key": "身份证号", "label": { "zh-CN": "身份证号" } } ] }
            """);
        var answers = (JsonObject)JsonNode.Parse($$"""
            { "姓名": "王芳", "身份证号": "{{IdVectors.FemaleWithX}}", "手机号": "13800138000",
              "住址": { "community": "东湖社区", "building": "3栋", "unit": "2单元", "room": "401" },
              "体温": 36.6, "车牌": "京A12345",
              "家庭成员": [ { "姓名": "李明", "身份证号": "{{IdVectors.Male1990}}" } ] }
            """)!;
        var before = answers.ToJsonString();

        var masked = PersonalDataMasker.Mask(form, answers);

        Assert.Equal(before, answers.ToJsonString());
        Assert.Equal("王*", masked["姓名"]!.GetValue<string>());
        Assert.Equal("110***********002X", masked["身份证号"]!.GetValue<string>());
        Assert.Equal("138****8000", masked["手机号"]!.GetValue<string>());
        Assert.Equal("""{"community":"东湖社区","building":"3栋","unit":"***","room":"***"}""", masked["住址"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("***", masked["体温"]!.GetValue<string>());
        Assert.Equal("京A12345", masked["车牌"]!.GetValue<string>());
        Assert.Equal("李*", masked["家庭成员"]![0]!["姓名"]!.GetValue<string>());
        Assert.Equal("440***********1233", masked["家庭成员"]![0]!["身份证号"]!.GetValue<string>());
    }
}
