using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions.Functions;

public sealed class RegexTimeoutTests
{
    [Fact]
    public void A_slow_match_on_the_server_is_an_error_value_not_a_hang()
    {
        // Overlapping alternatives inside a repetition backtrack exponentially; the nested-quantifier check cannot
        // see this shape, so the server's timeout is the safety net (documented in docs/expressions.md).
        var options = new ExpressionOptions { RegexTimeout = TimeSpan.FromMilliseconds(10) };
        var expression = ExpressionCompiler.Compile("matches(姓名, \"^(\\\\d|\\\\d\\\\d)*$\")", CommunitySchema.Schema, options).Expression!;
        var record = CommunitySchema.Schema.CreateRecord().SetText("姓名", new string('1', 60) + "a");
        var result = expression.Evaluate(record);
        Assert.Equal("expr.regexTimeout", result.ErrorCode);
        Assert.Equal("正则表达式匹配超时", result.MessageZh);
        Assert.False(expression.ToPredicate().Test(record));
    }
}
