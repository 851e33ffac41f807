using System.Text.Json.Nodes;
using FormsEngine.Forms;
using FormsEngine.Forms.Validation;
using FormsEngine.Tests.Identity;

namespace FormsEngine.Tests.Forms.Fields;

public class StructureFieldTests
{
    private const string Household = """
        { "type": "repeat", "key": "家庭成员", "minItems": 1, "maxItems": 3, "fields": [
            { "type": "text", "key": "姓名", "required": true },
            { "type": "idNumber", "key": "身份证号", "required": true },
            { "type": "repeat", "key": "联系方式", "fields": [ { "type": "mobile", "key": "手机", "required": true } ] }
        ] }
        """;

    [Fact]
    public void Repeat_group_normalizes_each_item()
    {
        var form = FormFixture.Form(Household);
        var result = FormFixture.Validate(form, $$"""{ "家庭成员": [ { "姓名": " 李四 ", "身份证号": "{{IdVectors.Female1985}}", "联系方式": [ { "手机": "138 1234 5678" } ] } ] }""");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var expected = JsonNode.Parse($$"""{ "家庭成员": [ { "姓名": "李四", "身份证号": "{{IdVectors.Female1985}}", "联系方式": [ { "手机": "13812345678" } ] } ] }""");
        Assert.True(JsonNode.DeepEquals(expected, result.Normalized), result.Normalized.ToJsonString());
    }

    [Fact]
    public void Errors_inside_items_have_item_paths()
    {
        var form = FormFixture.Form(Household);
        var result = FormFixture.Validate(form, $$"""
            { "家庭成员": [
                { "姓名": "甲", "身份证号": "{{IdVectors.Male1990}}" },
                { "姓名": "乙", "身份证号": "{{IdVectors.BadChecksum}}", "联系方式": [ { "手机": "1" } ], "备注": "x" }
            ] }
            """);

        Assert.Equal(
            [("$.家庭成员[1].身份证号", SubmissionCodes.IdNumberChecksum), ("$.家庭成员[1].联系方式[0].手机", SubmissionCodes.InvalidMobile)],
            result.Errors.Select(e => (e.Path!, e.Code)));
        Assert.Equal(["$.家庭成员[1].备注"], result.IgnoredPaths);

        // Items stay in the output even with errors (aligned by index) so that later checks can see them all.
        Assert.Equal(2, result.Normalized["家庭成员"]!.AsArray().Count);
    }

    [Fact]
    public void Required_fields_inside_items_are_enforced() =>
        FormFixture.SingleError(
            FormFixture.Validate(FormFixture.Form(Household), $$"""{ "家庭成员": [ { "身份证号": "{{IdVectors.Male1990}}" } ] }"""),
            "$.家庭成员[0].姓名",
            SubmissionCodes.Required);

    [Theory]
    [InlineData("[]", SubmissionCodes.TooFewItems)]
    [InlineData("[{}, {}, {}, {}]", SubmissionCodes.TooManyItems)]
    [InlineData("{}", SubmissionCodes.WrongType)]
    public void Repeat_group_count_and_shape(string answer, string code) =>
        FormFixture.SingleError(FormFixture.Validate(FormFixture.Form(Household), $$"""{ "家庭成员": {{answer}} }"""), "$.家庭成员", code);

    [Fact]
    public void Repeat_item_that_is_not_an_object() =>
        FormFixture.SingleError(FormFixture.Validate(FormFixture.Form(Household), """{ "家庭成员": [ "甲" ] }"""), "$.家庭成员[0]", SubmissionCodes.WrongType);

    [Fact]
    public void Page_fields_are_answered_at_the_top_level()
    {
        var form = FormFixture.Form("""
            { "type": "page", "label": { "zh-CN": "第一页" }, "fields": [ { "type": "text", "key": "a", "required": true } ] },
            { "type": "page", "key": "p2", "fields": [ { "type": "number", "key": "b" } ] }
            """);

        var result = FormFixture.Validate(form, """{ "b": "5", "p2": "x" }""");

        FormFixture.SingleError(result, "$.a", SubmissionCodes.Required);
        Assert.Equal(5m, result.Normalized["b"]!.GetValue<decimal>());
        Assert.Equal(["$.p2"], result.IgnoredPaths);
    }

    [Fact]
    public void Static_text_carries_no_answer()
    {
        var form = FormFixture.Form("""{ "type": "static", "key": "notice", "content": { "zh-CN": "请如实填写" } }""");

        var result = FormFixture.Validate(form, """{ "notice": "hi" }""");

        Assert.True(result.IsValid);
        Assert.Empty(result.Normalized);
        Assert.Equal(["$.notice"], result.IgnoredPaths);
    }

    [Fact]
    public void Hidden_field_keeps_scalars_and_falls_back_to_default()
    {
        var form = FormFixture.Form("""{ "type": "hidden", "key": "channel", "default": "wechat" }""");

        Assert.Equal("wechat", FormFixture.Validate(form, "{}").Normalized["channel"]!.GetValue<string>());
        Assert.Equal("app", FormFixture.Validate(form, """{ "channel": "app" }""").Normalized["channel"]!.GetValue<string>());
        FormFixture.SingleError(FormFixture.Validate(form, """{ "channel": { "a": 1 } }"""), "$.channel", SubmissionCodes.WrongType);
    }

    [Fact]
    public void Calculated_field_keeps_the_sent_value_until_expressions_evaluate_it()
    {
        var form = FormFixture.Form("""{ "type": "calculated", "key": "年龄", "calculate": "ageOf(身份证号)" }""");

        Assert.Equal(36, FormFixture.Validate(form, """{ "年龄": 36 }""").Normalized["年龄"]!.GetValue<int>());
        Assert.Equal("ageOf(身份证号)", form.Fields[0].Calculate);
    }

    [Fact]
    public void Unknown_field_answers_pass_through()
    {
        var form = FormDefinition.Load(FormFixture.Document("""{ "type": "slider", "key": "s" }"""), new FormLoadOptions { AllowUnknown = true }).Form!;

        var result = FormFixture.Validate(form, """{ "s": { "v": 3 } }""");

        Assert.True(result.IsValid);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "v": 3 }"""), result.Normalized["s"]));
    }
}
