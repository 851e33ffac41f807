using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions;

/// <summary>Null, number, text and time-zone rules, checked on both backends.</summary>
public sealed class SemanticsTests
{
    [Theory]
    [InlineData("年龄 >= 60", "ok:false")]
    [InlineData("年龄 < 60", "ok:false")]
    [InlineData("年龄 == null", "ok:true")]
    [InlineData("年龄 != 60", "ok:true")]
    [InlineData("null == null", "ok:true")]
    [InlineData("年龄 > null", "ok:false")]
    [InlineData("年龄 + 1", "ok:null")]
    [InlineData("(年龄 ?? 0) + 1", "ok:1")]
    [InlineData("年龄 ?? 月收入 ?? 5", "ok:5")]
    [InlineData("独居", "ok:null")]
    [InlineData("!独居", "ok:true")]
    [InlineData("独居 || 年龄 == null", "ok:true")]
    [InlineData("独居 == false", "ok:false")]
    [InlineData("姓名 + \"!\"", "ok:\"!\"")]
    [InlineData("姓名 == \"\"", "ok:false")]
    [InlineData("姓名.Contains(\"\")", "ok:false")]
    [InlineData("兴趣.Count()", "ok:0")]
    [InlineData("家庭成员.All(m => m.年龄 > 1)", "ok:true")]
    [InlineData("input1.country", "ok:null")]
    [InlineData("input1.country == null", "ok:true")]
    [InlineData("独居 ? 1 : 2", "ok:2")]
    public void A_missing_answer_is_null(string source, string expected) => Assert.Equal(expected, BothBackends.Evaluate(source, "{}"));

    [Theory]
    [InlineData("""{"年龄": "72"}""", "ok:null")]
    [InlineData("""{"年龄": true}""", "ok:null")]
    [InlineData("""{"年龄": 100000000}""", "ok:null")]
    [InlineData("""{"年龄": 0.0000005}""", "ok:0.000001")]
    [InlineData("""{"年龄": 0.0000004}""", "ok:0")]
    [InlineData("""{"年龄": -0.0000005}""", "ok:-0.000001")]
    [InlineData("""{"年龄": 72.50}""", "ok:72.5")]
    [InlineData("""{"年龄": 1e2}""", "ok:100")]
    public void Input_numbers_are_canonicalised_identically(string input, string expected) =>
        Assert.Equal(expected, BothBackends.Evaluate("年龄", input));

    [Theory]
    [InlineData("1 / 0", "error:expr.divideByZero")]
    [InlineData("年龄 / 0", "ok:null")]
    [InlineData("5 % 0", "error:expr.divideByZero")]
    [InlineData("7 / 2", "ok:3.5")]
    [InlineData("1 / 3", "ok:0.333333")]
    [InlineData("2 / 3", "ok:0.666667")]
    [InlineData("-2 / 3", "ok:-0.666667")]
    [InlineData("0.000001 / 2", "ok:0.000001")]
    [InlineData("0.000001 / 3", "ok:0")]
    [InlineData("0.1 + 0.2", "ok:0.3")]
    [InlineData("0.1 + 0.2 == 0.3", "ok:true")]
    [InlineData("1.1 * 1.1", "ok:1.21")]
    [InlineData("0.5 * 0.000001", "ok:0.000001")]
    [InlineData("-7 % 3", "ok:-1")]
    [InlineData("7.5 % 2", "ok:1.5")]
    [InlineData("99999999 + 1", "error:expr.numberOutOfRange")]
    [InlineData("-99999999.999999 - 0.000001", "error:expr.numberOutOfRange")]
    [InlineData("12345.6789 * 8100.0001", "error:expr.numberOutOfRange")]
    [InlineData("9999.999999 * 9999.999999", "ok:99999999.98")]
    [InlineData("99999999.999999 / 0.5", "error:expr.numberOutOfRange")]
    [InlineData("12345678.123456 / 7", "ok:1763668.303351")]
    [InlineData("false && 1 / 0 > 1", "ok:false")]
    [InlineData("true ? 1 : 1 / 0", "ok:1")]
    [InlineData("1 ?? 1 / 0", "ok:1")]
    [InlineData("\"a\" + 1.50 + true + date(\"2026-01-02\")", "ok:\"a1.5true2026-01-02\"")]
    [InlineData("\"\" + 0.000001 + \"/\" + -3", "ok:\"0.000001/-3\"")]
    public void Number_rules(string source, string expected) => Assert.Equal(expected, BothBackends.Evaluate(source, "{}"));

    [Fact]
    public void Division_by_zero_is_an_error_value_with_messages()
    {
        var expression = CommunitySchema.Compile("月收入 / 家庭人数");
        var result = expression.Evaluate(ExpressionRecordLoader.Load(expression.Schema, """{"月收入": 3000, "家庭人数": 0}"""));
        Assert.False(result.IsSuccess);
        Assert.Equal("expr.divideByZero", result.ErrorCode);
        Assert.Equal("除数不能为零", result.MessageZh);
        Assert.Equal("division by zero", result.MessageEn);
        var js = BothBackends.Jint.Evaluate(expression, """{"月收入": 3000, "家庭人数": 0}""");
        Assert.Contains("除数不能为零", js, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"b\" > \"a\"", "ok:true")]
    [InlineData("\"B\" < \"a\"", "ok:true")]
    [InlineData("\"东\" > \"a\"", "ok:true")]
    [InlineData("\"😀\" > \"\uFFFF\"", "ok:false")]
    [InlineData("\"abc\" == 'abc'", "ok:true")]
    public void Text_compares_ordinally_by_utf16_code_units(string source, string expected) =>
        Assert.Equal(expected, BothBackends.Evaluate(source, "{}"));

    [Fact]
    public void Today_uses_the_configured_time_zone()
    {
        // 17:30 UTC on the 14th is 01:30 on the 15th in Shanghai.
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 3, 14, 17, 30, 0, TimeSpan.Zero));
        var shanghai = ExpressionCompiler.Compile("today()", CommunitySchema.Schema, new ExpressionOptions { TimeProvider = clock }).Expression!;
        Assert.Equal("ok:\"2026-03-15\"", BothBackends.Evaluate(shanghai, "{}"));
        var utc = ExpressionCompiler.Compile("now()", CommunitySchema.Schema, new ExpressionOptions { TimeProvider = clock, TimeZone = TimeZoneInfo.Utc }).Expression!;
        Assert.Equal("ok:\"2026-03-14T17:30:00\"", BothBackends.Evaluate(utc, "{}"));
    }

    [Theory]
    [InlineData("""{"登记时间": "2026-03-15T10:00:00.999"}""", "ok:\"2026-03-15T10:00:00\"")]
    [InlineData("""{"登记时间": "2026-03-15 10:00"}""", "ok:\"2026-03-15T10:00:00\"")]
    [InlineData("""{"登记时间": "2026-03-15T10:00:00Z"}""", "ok:null")]
    [InlineData("""{"登记时间": "2026-03-15T10:00:00+08:00"}""", "ok:null")]
    [InlineData("""{"登记时间": "2026-03-15"}""", "ok:null")]
    public void Datetimes_are_local_wall_clock_text_without_offset(string input, string expected) =>
        Assert.Equal(expected, BothBackends.Evaluate("登记时间", input));
}
