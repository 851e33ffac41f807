using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions.Syntax;

public sealed class LimitsTests
{
    [Fact]
    public void Source_longer_than_4_KB_is_a_diagnostic()
    {
        var source = string.Join(" && ", Enumerable.Repeat("年龄 >= 60", 500));
        Assert.True(source.Length > 4096);
        var result = ExpressionCompiler.Compile(source, CommunitySchema.Schema);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("expr.tooLong", error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("4096", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_64_is_a_diagnostic()
    {
        var ok = new string('(', 60) + "1" + new string(')', 60);
        Assert.True(ExpressionCompiler.Parse(ok).Succeeded);
        var deep = new string('(', 65) + "1" + new string(')', 65);
        var error = Assert.Single(ExpressionCompiler.Parse(deep).Diagnostics);
        Assert.Equal("expr.tooDeep", error.Code);
        Assert.Equal(1, error.Line);
    }

    [Theory]
    [InlineData("(")]
    [InlineData("-")]
    [InlineData("!")]
    [InlineData("f(")]
    [InlineData("a ?? ")]
    public void Pathological_nesting_never_overflows_the_stack(string unit)
    {
        var options = new ExpressionOptions { MaxLength = 1_000_000 };
        var source = string.Concat(Enumerable.Repeat(unit, 100_000)) + "1";
        var result = ExpressionCompiler.Parse(source, options);
        Assert.Contains(result.Diagnostics, d => d.Code == "expr.tooDeep");
    }

    [Fact]
    public void Limits_come_from_the_options()
    {
        var options = new ExpressionOptions { MaxLength = 10, MaxDepth = 2 };
        Assert.Equal("expr.tooLong", ExpressionCompiler.Parse("年龄 >= 60 && 独居", options).Diagnostics[0].Code);
        Assert.Equal("expr.tooDeep", ExpressionCompiler.Parse("((1))", options).Diagnostics[0].Code);
    }

    [Fact]
    public void A_200_clause_expression_compiles_and_both_backends_agree()
    {
        var clauses = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? $"年龄 != {i}" : $"社区 != \"区{i}\"");
        var source = string.Join(" && ", clauses);
        var options = new ExpressionOptions { MaxLength = 16_384, TimeProvider = CommunitySchema.Options.TimeProvider };
        var compilation = ExpressionCompiler.Compile(source, CommunitySchema.Schema, options);
        Assert.True(compilation.Succeeded);
        var expression = compilation.Expression!;
        Assert.True(expression.UsesInterpretation);
        Assert.Equal("ok:true", BothBackends.Evaluate(expression, """{"年龄": 1}"""));
        Assert.Equal("ok:false", BothBackends.Evaluate(expression, """{"年龄": 198}"""));
        Assert.False(expression.ToPredicate().Test(ExpressionRecordLoader.Load(CommunitySchema.Schema, """{"社区": "区7"}""")));
    }
}
