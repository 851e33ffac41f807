using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms.Fields;

public class TextFieldTests
{
    private const string Text = """{ "type": "text", "key": "f", "minLength": 2, "maxLength": 5 }""";

    [Fact]
    public void Trims_text() => Assert.Equal("张三", FormFixture.Normalized(Text, "\"  张三 \"")!.GetValue<string>());

    [Fact]
    public void Number_answer_becomes_text() => Assert.Equal("123", FormFixture.Normalized(Text, "123")!.GetValue<string>());

    [Fact]
    public void Counts_characters_not_bytes_or_utf16_units() =>
        Assert.Equal("𠮷𠮷𠮷𠮷𠮷", FormFixture.Normalized(Text, "\"𠮷𠮷𠮷𠮷𠮷\"")!.GetValue<string>());

    [Fact]
    public void Too_long() => FormFixture.SingleError(FormFixture.One(Text, "\"一二三四五六\""), "$.f", SubmissionCodes.TooLong);

    [Fact]
    public void Too_short() => FormFixture.SingleError(FormFixture.One(Text, "\"一\""), "$.f", SubmissionCodes.TooShort);

    [Fact]
    public void Default_max_length_is_200_for_text_and_2000_for_textarea()
    {
        var long201 = "\"" + new string('字', 201) + "\"";

        FormFixture.SingleError(FormFixture.One("""{ "type": "text", "key": "f" }""", long201), "$.f", SubmissionCodes.TooLong);
        Assert.NotNull(FormFixture.Normalized("""{ "type": "textarea", "key": "f" }""", long201));
    }

    [Fact]
    public void Object_is_wrong_type() => FormFixture.SingleError(FormFixture.One(Text, "{}"), "$.f", SubmissionCodes.WrongType);

    [Fact]
    public void Blank_text_counts_as_missing_when_required()
    {
        var result = FormFixture.One("""{ "type": "text", "key": "f", "required": true }""", "\"   \"");

        var error = FormFixture.SingleError(result, "$.f", SubmissionCodes.Required);
        Assert.Equal("请填写此项", error.MessageZh);
        Assert.Equal("This field is required", error.MessageEn);
    }

    [Fact]
    public void Pattern_must_match_whole_text_and_uses_its_message()
    {
        const string plate = """{ "type": "text", "key": "f", "pattern": "[A-Z]\\d{3}", "patternMessage": { "zh-CN": "格式如 A123", "en": "Like A123" } }""";

        Assert.Equal("B456", FormFixture.Normalized(plate, "\"B456\"")!.GetValue<string>());
        var error = FormFixture.SingleError(FormFixture.One(plate, "\"xB456\""), "$.f", SubmissionCodes.PatternMismatch);
        Assert.Equal("格式如 A123", error.MessageZh);
        Assert.Equal("Like A123", error.MessageEn);
    }

    [Fact]
    public void Pattern_without_message_has_a_generic_one()
    {
        var error = FormFixture.SingleError(FormFixture.One("""{ "type": "text", "key": "f", "pattern": "\\d+" }""", "\"abc\""), "$.f", SubmissionCodes.PatternMismatch);

        Assert.Equal("填写的格式不正确", error.MessageZh);
    }
}
