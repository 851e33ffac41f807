using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms.Fields;

public class YesNoFieldTests
{
    private const string Field = """{ "type": "yesNo", "key": "f", "required": true }""";

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"FALSE\"", false)]
    [InlineData("\"是\"", true)]
    [InlineData("\"否\"", false)]
    [InlineData("\"yes\"", true)]
    [InlineData("\"no\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\" 是 \"", true)]
    public void Coerces_to_boolean(string answer, bool expected) =>
        Assert.Equal(expected, FormFixture.Normalized(Field, answer)!.GetValue<bool>());

    [Theory]
    [InlineData("\"maybe\"")]
    [InlineData("2")]
    [InlineData("{}")]
    public void Rejects_other_answers(string answer) =>
        FormFixture.SingleError(FormFixture.One(Field, answer), "$.f", SubmissionCodes.InvalidYesNo);

    [Fact]
    public void False_is_an_answer_not_a_missing_value() => Assert.True(FormFixture.One(Field, "false").IsValid);

    [Fact]
    public void Blank_is_missing() => FormFixture.SingleError(FormFixture.One(Field, "\"\""), "$.f", SubmissionCodes.Required);
}
