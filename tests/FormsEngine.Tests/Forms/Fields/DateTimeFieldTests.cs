using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms.Fields;

public class DateTimeFieldTests
{
    [Theory]
    [InlineData("\"2024-03-05\"", "2024-03-05")]
    [InlineData("\"2024-3-5\"", "2024-03-05")]
    [InlineData("\"2024/03/05\"", "2024-03-05")]
    [InlineData("\" 2024.3.5 \"", "2024-03-05")]
    public void Dates_are_normalized_to_iso(string answer, string expected) =>
        Assert.Equal(expected, FormFixture.Normalized("""{ "type": "date", "key": "f" }""", answer)!.GetValue<string>());

    [Theory]
    [InlineData("\"2024-02-30\"")]
    [InlineData("\"05/03/2024\"")]
    [InlineData("20240305")]
    [InlineData("true")]
    public void Invalid_dates_are_rejected(string answer) =>
        FormFixture.SingleError(FormFixture.One("""{ "type": "date", "key": "f" }""", answer), "$.f", SubmissionCodes.InvalidDate);

    [Fact]
    public void Today_bounds_use_the_time_provider()
    {
        const string past = """{ "type": "date", "key": "f", "max": "today" }""";
        const string future = """{ "type": "date", "key": "f", "min": "today" }""";

        Assert.True(FormFixture.One(past, "\"2025-06-01\"").IsValid);
        FormFixture.SingleError(FormFixture.One(past, "\"2025-06-02\""), "$.f", SubmissionCodes.DateTooLate);
        FormFixture.SingleError(FormFixture.One(future, "\"2025-05-31\""), "$.f", SubmissionCodes.DateTooEarly);
    }

    [Fact]
    public void Today_is_taken_in_china_time()
    {
        // 2025-05-31 17:00 UTC is already 2025-06-01 01:00 in Beijing.
        var options = new SubmissionOptions { TimeProvider = new FixedTimeProvider(new DateTimeOffset(2025, 5, 31, 17, 0, 0, TimeSpan.Zero)) };
        var form = FormFixture.Form("""{ "type": "date", "key": "f", "max": "today" }""");

        Assert.True(FormFixture.Validate(form, """{ "f": "2025-06-01" }""", options).IsValid);
    }

    [Fact]
    public void Fixed_date_bounds()
    {
        const string field = """{ "type": "date", "key": "f", "min": "2020-01-01", "max": "2020-12-31" }""";

        var error = FormFixture.SingleError(FormFixture.One(field, "\"2019-12-31\""), "$.f", SubmissionCodes.DateTooEarly);
        Assert.Equal("日期不能早于 2020-01-01", error.MessageZh);
        FormFixture.SingleError(FormFixture.One(field, "\"2021-01-01\""), "$.f", SubmissionCodes.DateTooLate);
    }

    [Theory]
    [InlineData("\"8:05\"", "08:05")]
    [InlineData("\"18:30\"", "18:30")]
    [InlineData("\"18:30:15\"", "18:30:15")]
    [InlineData("\"18:30:00\"", "18:30")]
    public void Times_are_normalized(string answer, string expected) =>
        Assert.Equal(expected, FormFixture.Normalized("""{ "type": "time", "key": "f" }""", answer)!.GetValue<string>());

    [Theory]
    [InlineData("\"25:00\"", SubmissionCodes.InvalidDate)]
    [InlineData("\"5pm\"", SubmissionCodes.InvalidDate)]
    [InlineData("\"05:59\"", SubmissionCodes.DateTooEarly)]
    [InlineData("\"22:01\"", SubmissionCodes.DateTooLate)]
    public void Bad_times_are_rejected(string answer, string code) =>
        FormFixture.SingleError(FormFixture.One("""{ "type": "time", "key": "f", "min": "06:00", "max": "22:00" }""", answer), "$.f", code);

    [Theory]
    [InlineData("\"2025-06-01T08:30\"", "2025-06-01T08:30:00")]
    [InlineData("\"2025-06-01 08:30:15\"", "2025-06-01T08:30:15")]
    [InlineData("\"2025-06-01T08:30:00+08:00\"", "2025-06-01T08:30:00+08:00")]
    [InlineData("\"2025-06-01T00:30:00Z\"", "2025-06-01T00:30:00+00:00")]
    public void Datetimes_are_normalized(string answer, string expected) =>
        Assert.Equal(expected, FormFixture.Normalized("""{ "type": "datetime", "key": "f" }""", answer)!.GetValue<string>());

    [Theory]
    [InlineData("\"2025-06-01\"")]
    [InlineData("\"2025-13-01T08:00\"")]
    [InlineData("12")]
    public void Bad_datetimes_are_rejected(string answer) =>
        FormFixture.SingleError(FormFixture.One("""{ "type": "datetime", "key": "f" }""", answer), "$.f", SubmissionCodes.InvalidDate);
}
