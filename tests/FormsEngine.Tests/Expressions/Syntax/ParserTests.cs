using FormsEngine.Diagnostics;
using FormsEngine.Expressions;
using FormsEngine.Expressions.Syntax;

namespace FormsEngine.Tests.Expressions.Syntax;

public sealed class ParserTests
{
    private static SyntaxNode ParseOk(string source)
    {
        var diagnostics = new List<Diagnostic>();
        var node = Parser.Parse(new SourceText(source), ExpressionOptions.Default, diagnostics);
        Assert.Empty(diagnostics);
        return node!;
    }

    private static Diagnostic SingleError(string source)
    {
        var result = ExpressionCompiler.Parse(source);
        Assert.False(result.Succeeded);
        return result.Diagnostics[0];
    }

    [Theory]
    [InlineData("input1.country == \"india\" AND input1.loyaltyFactor <= 2 AND input1.totalPurchasesToDate >= 5000")]
    [InlineData("input1.country == \"india\" && input1.loyaltyFactor <= 3 && input1.totalPurchasesToDate >= 10000")]
    [InlineData("input1.country == \"india\" AND input1.loyaltyFactor >= 2 AND input1.totalOrders >= 2 AND input2.noOfVisitsPerMonth > 2")]
    [InlineData("input1.couponCode == \"\" OR input1.couponCode != null")]
    [InlineData("年龄 >= 60 AND 独居 == true")]
    [InlineData("家庭成员.Any(m => m.年龄 >= 80) || 家庭成员.Count() > 4")]
    [InlineData("a = 1 or b <> 2")]
    public void RulesEngine_style_expressions_parse_unchanged(string source)
    {
        Assert.True(ExpressionCompiler.Parse(source).Succeeded);
    }

    [Fact]
    public void Multiplication_binds_tighter_than_addition()
    {
        var root = Assert.IsType<BinarySyntax>(ParseOk("1 + 2 * 3"));
        Assert.Equal(BinaryOperator.Add, root.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinarySyntax>(root.Right).Operator);
    }

    [Fact]
    public void And_binds_tighter_than_or_and_words_are_case_insensitive()
    {
        var root = Assert.IsType<BinarySyntax>(ParseOk("a or b AND c"));
        Assert.Equal(BinaryOperator.Or, root.Operator);
        Assert.Equal(BinaryOperator.And, Assert.IsType<BinarySyntax>(root.Right).Operator);
    }

    [Fact]
    public void Not_applies_to_the_nearest_operand()
    {
        var root = Assert.IsType<BinarySyntax>(ParseOk("NOT a And b"));
        Assert.Equal(BinaryOperator.And, root.Operator);
        Assert.Equal(UnaryOperator.Not, Assert.IsType<UnarySyntax>(root.Left).Operator);
    }

    [Fact]
    public void Coalesce_is_below_or_and_conditional_is_lowest()
    {
        var root = Assert.IsType<ConditionalSyntax>(ParseOk("a ?? b || c ? 1 : 2"));
        var coalesce = Assert.IsType<BinarySyntax>(root.Condition);
        Assert.Equal(BinaryOperator.Coalesce, coalesce.Operator);
        Assert.Equal(BinaryOperator.Or, Assert.IsType<BinarySyntax>(coalesce.Right).Operator);
    }

    [Fact]
    public void Comparison_binds_tighter_than_equality()
    {
        var root = Assert.IsType<BinarySyntax>(ParseOk("a < b == c > d"));
        Assert.Equal(BinaryOperator.Equal, root.Operator);
        Assert.Equal(BinaryOperator.Less, Assert.IsType<BinarySyntax>(root.Left).Operator);
    }

    [Fact]
    public void Spans_cover_the_source_text()
    {
        var root = Assert.IsType<BinarySyntax>(ParseOk("年龄 >= 60"));
        Assert.Equal(new TextSpan(0, 8), root.Span);
        Assert.Equal(new TextSpan(3, 2), root.OperatorSpan);
        Assert.Equal(new TextSpan(6, 2), root.Right.Span);
    }

    [Fact]
    public void Member_calls_lambdas_and_indexers_parse()
    {
        var call = Assert.IsType<CallSyntax>(ParseOk("家庭成员.Count(m => m.年龄 >= 60)"));
        var member = Assert.IsType<MemberSyntax>(call.Callee);
        Assert.Equal("Count", member.Name);
        var lambda = Assert.IsType<LambdaSyntax>(Assert.Single(call.Arguments));
        Assert.Equal("m", lambda.Parameter);
        var index = Assert.IsType<IndexSyntax>(ParseOk("兴趣[0]"));
        Assert.Equal(0m, Assert.IsType<LiteralSyntax>(index.Index).Value);
    }

    [Theory]
    [InlineData("\"东区\"", "东区")]
    [InlineData("'东区'", "东区")]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("\"\\u4E1C\\n\\t\\\\\"", "东\n\t\\")]
    public void String_literals_decode_escapes(string source, string expected)
    {
        Assert.Equal(expected, Assert.IsType<LiteralSyntax>(ParseOk(source)).Value);
    }

    [Fact]
    public void Unicode_identifiers_include_supplementary_characters()
    {
        Assert.Equal("𠀀名", Assert.IsType<NameSyntax>(ParseOk("𠀀名")).Name);
        Assert.Equal("年龄_2", Assert.IsType<NameSyntax>(ParseOk("年龄_2")).Name);
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("False", false)]
    public void Boolean_literals_are_case_insensitive(string source, bool expected)
    {
        Assert.Equal(expected, Assert.IsType<LiteralSyntax>(ParseOk(source)).Value);
    }

    [Theory]
    [InlineData("年龄 # 1", "expr.syntax.unexpectedCharacter", 1, 4)]
    [InlineData("\"东区", "expr.syntax.unterminatedString", 1, 1)]
    [InlineData("\"\\q\"", "expr.syntax.badEscape", 1, 2)]
    [InlineData("10m", "expr.syntax.badNumber", 1, 1)]
    [InlineData("(年龄 > 1", "expr.syntax.expected", 1, 8)]
    [InlineData("年龄 >", "expr.syntax.unexpectedToken", 1, 5)]
    [InlineData("年龄 > 1 2", "expr.syntax.unexpectedToken", 1, 8)]
    [InlineData("年龄 >= 60\n  AND 独居 ==", "expr.syntax.unexpectedToken", 2, 12)]
    [InlineData("x => x", "expr.syntax.lambdaPlacement", 1, 1)]
    public void Syntax_errors_have_code_and_position(string source, string code, int line, int column)
    {
        var error = SingleError(source);
        Assert.Equal(code, error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.NotEmpty(error.MessageZh);
        Assert.NotEmpty(error.MessageEn);
    }

    [Fact]
    public void Missing_closing_parenthesis_names_it_in_both_languages()
    {
        var error = SingleError("round(年龄");
        Assert.Equal("缺少“)”", error.MessageZh);
        Assert.Equal("expected ')'", error.MessageEn);
    }
}
