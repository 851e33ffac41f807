using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions.Binding;

/// <summary>Nothing outside the language's allow-list can be named, let alone reached: there is no reflection path.</summary>
public sealed class SecurityTests
{
    [Theory]
    [InlineData("System.IO.File.Delete(\"x\")", "不允许使用“System.IO.File.Delete”：表达式不能访问系统类型，只能使用表单字段和内置函数")]
    [InlineData("\"\".GetType()", "不允许使用“GetType”：表达式不能访问系统类型，只能使用表单字段和内置函数")]
    [InlineData("姓名.GetType().Assembly", "不允许使用“GetType”：表达式不能访问系统类型，只能使用表单字段和内置函数")]
    [InlineData("Math.Max(1, 2)", "不允许使用“Math.Max”：表达式不能访问系统类型，只能使用表单字段和内置函数")]
    [InlineData("Environment.Exit(0)", "不允许使用“Environment.Exit”：表达式不能访问系统类型，只能使用表单字段和内置函数")]
    [InlineData("System.Diagnostics.Process.Start(\"cmd\") == null", "不允许使用“System.Diagnostics.Process.Start”：表达式不能访问系统类型，只能使用表单字段和内置函数")]
    [InlineData("Convert.ToInt32(\"1\") > 0", "不允许使用“Convert.ToInt32”：表达式不能访问系统类型，只能使用表单字段和内置函数")]
    [InlineData("DateTime.Now", "不允许使用“DateTime.Now”：表达式不能访问系统类型，只能使用表单字段和内置函数")]
    [InlineData("年龄.GetHashCode()", "不允许使用“GetHashCode”：表达式不能访问系统类型，只能使用表单字段和内置函数")]
    public void System_types_and_reflection_members_are_compile_errors(string source, string messageZh)
    {
        var result = ExpressionCompiler.Compile(source, CommunitySchema.Schema);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("expr.notAllowed", error.Code);
        Assert.Equal(messageZh, error.MessageZh);
    }

    [Theory]
    [InlineData("姓名.Normalize()")]
    [InlineData("姓名.Substring(1)")]
    [InlineData("兴趣.ToList()")]
    [InlineData("input1.ToString()")]
    [InlineData("家庭成员.First()")]
    public void Members_outside_the_allow_list_are_compile_errors(string source)
    {
        var result = ExpressionCompiler.Compile(source, CommunitySchema.Schema);
        Assert.Equal("expr.memberNotAllowed", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Names_and_text_cannot_inject_javascript()
    {
        var schema = ExpressionSchema.Create().Field("a\"); throw 1; //", ExpressionType.Text);
        var source = "a == \"</script><script>alert(1)</script>\"";
        var hostile = ExpressionCompiler.Compile(source, schema);
        Assert.False(hostile.Succeeded);

        var expression = ExpressionCompiler.Compile("姓名 == \"</script>\\\"); alert(1); //\"", CommunitySchema.Schema).Expression!;
        var script = expression.ToJavaScript("check");
        Assert.DoesNotContain("</script>", script, StringComparison.Ordinal);
        Assert.Contains("\"\\u003C/script\\u003E\\\"); alert(1); //\"", script, StringComparison.Ordinal);
        Assert.Equal("ok:true", BothBackends.Evaluate(expression, """{"姓名": "</script>\"); alert(1); //"}"""));
        Assert.Throws<ArgumentException>(() => expression.ToJavaScript("x; alert(1)"));
    }

    [Fact]
    public void Field_names_that_shadow_javascript_prototype_members_read_as_missing()
    {
        var schema = ExpressionSchema.Create().Field("constructor", ExpressionType.Text).Field("toString", ExpressionType.Number);
        var expression = ExpressionCompiler.Compile("constructor == null && toString == null", schema, CommunitySchema.Options).Expression!;
        Assert.Equal("ok:true", BothBackends.Evaluate(expression, "{}"));
    }
}
