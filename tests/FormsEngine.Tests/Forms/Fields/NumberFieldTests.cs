using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms.Fields;

public class NumberFieldTests
{
    private const string Age = """{ "type": "number", "key": "f", "integer": true, "min": 0, "max": 120 }""";
    private const string Temperature = """{ "type": "number", "key": "f", "min": 34, "max": 43, "step": 0.1 }""";

    [Theory]
    [InlineData("42", 42)]
    [InlineData("\"42\"", 42)]
    [InlineData("\" 7 \"", 7)]
    [InlineData("0", 0)]
    public void Coerces_integers(string answer, long expected) =>
        Assert.Equal(expected, FormFixture.Normalized(Age, answer)!.GetValue<long>());

    [Theory]
    [InlineData("36.6", "36.6")]
    [InlineData("\"36.5\"", "36.5")]
    [InlineData("\"-0\"", "0")]
    public void Coerces_decimals_culture_invariant(string answer, string expected)
    {
        var thread = Thread.CurrentThread;
        var saved = thread.CurrentCulture;
        thread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var any = """{ "type": "number", "key": "f" }""";
            Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FormFixture.Normalized(any, answer)!.GetValue<decimal>());
        }
        finally
        {
            thread.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("\"abc\"", SubmissionCodes.NotANumber)]
    [InlineData("\"36,5\"", SubmissionCodes.NotANumber)]
    [InlineData("true", SubmissionCodes.NotANumber)]
    [InlineData("[1]", SubmissionCodes.NotANumber)]
    [InlineData("42.5", SubmissionCodes.NotAnInteger)]
    [InlineData("-1", SubmissionCodes.BelowMinimum)]
    [InlineData("121", SubmissionCodes.AboveMaximum)]
    public void Rejects_bad_integers(string answer, string code) =>
        FormFixture.SingleError(FormFixture.One(Age, answer), "$.f", code);

    [Theory]
    [InlineData("36.6", true)]
    [InlineData("34", true)]
    [InlineData("36.65", false)]
    public void Enforces_step_from_min(string answer, bool valid)
    {
        var result = FormFixture.One(Temperature, answer);

        if (valid)
        {
            Assert.True(result.IsValid);
        }
        else
        {
            FormFixture.SingleError(result, "$.f", SubmissionCodes.OffStep);
        }
    }

    [Fact]
    public void Messages_show_the_limit()
    {
        var error = FormFixture.SingleError(FormFixture.One(Temperature, "43.5"), "$.f", SubmissionCodes.AboveMaximum);

        Assert.Equal("不能大于 43", error.MessageZh);
        Assert.Equal("Must be at most 43", error.MessageEn);
    }

    [Fact]
    public void Empty_string_is_missing()
    {
        FormFixture.SingleError(FormFixture.One("""{ "type": "number", "key": "f", "required": true }""", "\"\""), "$.f", SubmissionCodes.Required);
        Assert.True(FormFixture.One(Age, "\"\"").IsValid);
    }
}
