using FormsEngine.Diagnostics;
using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions.Binding;

public sealed class BinderDiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> Errors(string source)
    {
        var result = ExpressionCompiler.Compile(source, CommunitySchema.Schema, CommunitySchema.Options);
        Assert.False(result.Succeeded);
        Assert.Null(result.Expression);
        return result.Diagnostics;
    }

    private static Diagnostic Single(string source) => Assert.Single(Errors(source));

    [Fact]
    public void Unknown_field_suggests_the_closest_name()
    {
        var error = Single("年纪 >= 60");
        Assert.Equal("expr.unknownField", error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("未知字段“年纪”，您是不是要写“年龄”？", error.MessageZh);
        Assert.Equal("unknown field '年纪'; did you mean '年龄'?", error.MessageEn);
        Assert.Equal("1:1: 未知字段“年纪”，您是不是要写“年龄”？ / unknown field '年纪'; did you mean '年龄'?", error.ToString());
    }

    [Fact]
    public void Unknown_field_without_a_close_match_has_no_suggestion()
    {
        var error = Single("工作单位 == \"x\"");
        Assert.Equal("未知字段“工作单位”", error.MessageZh);
    }

    [Fact]
    public void Every_error_is_reported_at_once_with_its_position()
    {
        var errors = Errors("年纪 >= 60 AND 社 == \"东区\"\n  AND 独居 > 1 AND round(年龄, 1, 2) > 0");
        Assert.Collection(
            errors,
            e => Assert.Equal(("expr.unknownField", 1, 1), (e.Code, e.Line, e.Column)),
            e => Assert.Equal(("expr.unknownField", 1, 14), (e.Code, e.Line, e.Column)),
            e => Assert.Equal(("expr.typeMismatch", 2, 10), (e.Code, e.Line, e.Column)),
            e => Assert.Equal(("expr.argumentCount", 2, 18), (e.Code, e.Line, e.Column)));
        Assert.Contains("社区", errors[1].MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_a_number_with_text_is_a_type_error_at_the_operator()
    {
        var error = Single("年龄 > \"abc\"");
        Assert.Equal(("expr.typeMismatch", 1, 4), (error.Code, error.Line, error.Column));
        Assert.Equal("“>”不能用于数字和文本", error.MessageZh);
        Assert.Equal("'>' cannot be applied to number and text", error.MessageEn);
    }

    [Fact]
    public void Not_on_a_number_is_a_type_error_at_the_operand()
    {
        var error = Single("!年龄");
        Assert.Equal(("expr.typeMismatch", 1, 2), (error.Code, error.Line, error.Column));
        Assert.Equal("“!”需要是/否值，但这里是数字", error.MessageZh);
    }

    [Theory]
    [InlineData("round(1, 2, 3)", "expr.argumentCount", 1, 1, "“round”需要 1 到 2 个参数，但这里有 3 个")]
    [InlineData("today(1)", "expr.argumentCount", 1, 1, "“today”需要 0 个参数，但这里有 1 个")]
    [InlineData("in(年龄)", "expr.argumentCount", 1, 1, "“in”需要 至少 2 个参数，但这里有 1 个")]
    [InlineData("age(姓名)", "expr.argumentType", 1, 5, "“age”的第 1 个参数应为日期，但这里是文本")]
    [InlineData("姓名.Contains(1)", "expr.argumentType", 1, 13, "“Contains”的第 1 个参数应为文本，但这里是数字")]
    [InlineData("input1.countryy == \"india\"", "expr.unknownField", 1, 8, "“input1”没有字段“countryy”，您是不是要写“country”？")]
    [InlineData("家庭成员.Any(m => m.年纪 > 1)", "expr.unknownField", 1, 17, "“m”没有字段“年纪”，您是不是要写“年龄”？")]
    [InlineData("todya()", "expr.unknownFunction", 1, 1, "未知函数“todya”，您是不是要写“today”？")]
    [InlineData("家庭成员.All()", "expr.lambdaExpected", 1, 1, "“All”需要写成“All(x => 条件)”的形式")]
    [InlineData("家庭成员.Where(m => m.年龄)", "expr.typeMismatch", 1, 17, "“Where”需要是/否值，但这里是数字")]
    [InlineData("家庭成员.Any(1)", "expr.lambdaExpected", 1, 10, "“Any”需要写成“Any(x => 条件)”的形式")]
    [InlineData("len(x => x)", "expr.lambdaNotAllowed", 1, 5, "“len”的参数不能写成“x => …”")]
    [InlineData("年龄[0]", "expr.notIndexable", 1, 1, "数字不能用“[序号]”取值，只有列表可以")]
    [InlineData("独居 ? 1 : \"a\"", "expr.typeMismatch", 1, 6, "条件表达式两个分支的类型必须相同，这里分别是数字和文本")]
    [InlineData("1.1234567", "expr.numberLiteral", 1, 1, "数字“1.1234567”超出范围：最多 6 位小数，绝对值不超过 99,999,999.999999")]
    [InlineData("100000000", "expr.numberLiteral", 1, 1, "数字“100000000”超出范围：最多 6 位小数，绝对值不超过 99,999,999.999999")]
    [InlineData("date(\"2026-02-30\")", "expr.dateLiteral", 1, 6, "“2026-02-30”不是有效日期，请写成“2026-01-01”的形式")]
    [InlineData("round(年龄, 7)", "expr.roundDigits", 1, 11, "round 的小数位数必须是 0 到 6 之间的整数")]
    [InlineData("matches(姓名, 手机号)", "expr.regexNotLiteral", 1, 13, null)]
    [InlineData("matches(姓名, \"(\")", "expr.regexInvalid", 1, 13, null)]
    [InlineData("matches(姓名, \"(a+)+$\")", "expr.regexUnsupported", 1, 13, "正则表达式“(a+)+$”使用了不支持的写法：嵌套的重复（如 (a+)+），可能导致匹配极慢")]
    [InlineData("matches(姓名, \"(?<=a)b\")", "expr.regexUnsupported", 1, 13, null)]
    [InlineData("matches(姓名, \"(?i)abc\")", "expr.regexUnsupported", 1, 13, null)]
    [InlineData("matches(姓名, \"\\\\p{L}\")", "expr.regexUnsupported", 1, 13, null)]
    [InlineData("出生日期 < 登记时间", "expr.typeMismatch", 1, 6, "“<”不能用于日期和日期时间")]
    [InlineData("兴趣 == 兴趣", "expr.typeMismatch", 1, 4, null)]
    [InlineData("-姓名", "expr.typeMismatch", 1, 2, "“-”需要数字，但这里是文本")]
    [InlineData("姓名 - 1", "expr.typeMismatch", 1, 4, "“-”不能用于文本和数字")]
    [InlineData("独居 && 1", "expr.typeMismatch", 1, 4, "“&&”不能用于是/否值和数字")]
    [InlineData("年龄 ?? \"无\"", "expr.typeMismatch", 1, 4, "“??”不能用于数字和文本")]
    [InlineData("姓名.Length()", "expr.memberNotAllowed", 1, 4, "文本不支持“Length”，可用的有：Contains, StartsWith, EndsWith, Length, ToUpper, ToLower, Trim")]
    [InlineData("(年龄)(1)", "expr.notCallable", 1, 1, "“年龄”是字段，不是函数，不能加括号调用")]
    public void Binding_errors_have_code_position_and_message(string source, string code, int line, int column, string? messageZh)
    {
        var error = Single(source);
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
        if (messageZh is not null)
        {
            Assert.Equal(messageZh, error.MessageZh);
        }

        Assert.NotEmpty(error.MessageEn);
    }

    [Fact]
    public void References_list_every_field_read_as_dotted_paths()
    {
        var expression = CommunitySchema.Compile("年龄 > 1 && input1.country == \"x\" && 家庭成员.Any(m => m.年龄 > 1) && 家庭成员[0].姓名 == \"a\"");
        Assert.Equal(["年龄", "input1", "input1.country", "家庭成员", "家庭成员.年龄", "家庭成员.姓名"], expression.References);
    }

    [Fact]
    public void Referenced_fields_are_reported_even_when_binding_fails()
    {
        var result = ExpressionCompiler.Compile("年龄 > \"x\" || 独居 || 未知 == 1", CommunitySchema.Schema);
        Assert.False(result.Succeeded);
        Assert.Equal(["年龄", "独居"], result.ReferencedFields);
    }

    [Fact]
    public void Lambda_parameters_shadow_fields_and_suggestions_include_them()
    {
        var expression = CommunitySchema.Compile("家庭成员.Any(年龄 => 年龄.年龄 > 60)");
        Assert.Equal(ExpressionType.Boolean, expression.ResultType);
        var error = Single("家庭成员.Any(成员 => 成页.年龄 > 60)");
        Assert.Equal("未知字段“成页”，您是不是要写“成员”？", error.MessageZh);
    }

    [Theory]
    [InlineData("年龄", ExpressionTypeKind.Number)]
    [InlineData("姓名 + 1", ExpressionTypeKind.Text)]
    [InlineData("null", ExpressionTypeKind.Null)]
    [InlineData("年龄 == null", ExpressionTypeKind.Boolean)]
    [InlineData("家庭成员.Select(m => m.姓名)", ExpressionTypeKind.List)]
    [InlineData("input1", ExpressionTypeKind.Record)]
    [InlineData("登记时间", ExpressionTypeKind.DateTime)]
    [InlineData("到访时间", ExpressionTypeKind.Time)]
    [InlineData("独居 ? null : 出生日期", ExpressionTypeKind.Date)]
    public void Result_types_are_inferred(string source, ExpressionTypeKind kind)
    {
        Assert.Equal(kind, CommunitySchema.Compile(source).ResultType.Kind);
    }
}
