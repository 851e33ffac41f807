using System.Text.RegularExpressions;
using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions.JavaScript;

public sealed partial class JavaScriptOutputTests
{
    // ES2015+ syntax that ES5 browsers reject: let/const declarations, arrow functions, template literals, classes.
    [GeneratedRegex(@"\blet\s|\bconst\s|=>|`|\bclass\s")]
    private static partial Regex Es2015Syntax();

    [Fact]
    public void Runtime_library_is_es5()
    {
        var runtime = ExpressionJavaScript.RuntimeLibrary;
        Assert.StartsWith("/*", runtime, StringComparison.Ordinal);
        Assert.Contains("var FormsExpr", runtime, StringComparison.Ordinal);
        Assert.DoesNotMatch(Es2015Syntax(), runtime);
    }

    [Theory]
    [InlineData("家庭成员.Any(m => m.年龄 >= 80) ? `x` == \"\" : false")]
    [InlineData("家庭成员.Where(m => m.年龄 > 1).Select(m => m.姓名 + \"=>\")")]
    public void Generated_functions_are_es5(string source)
    {
        var result = ExpressionCompiler.Compile(source.Replace("`x`", "姓名", StringComparison.Ordinal), CommunitySchema.Schema);
        var script = result.Expression!.ToJavaScript("visible_1");
        Assert.StartsWith("var visible_1 = (function (R) {", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(Es2015Syntax(), script);
    }

    [Fact]
    public void Regexes_are_compiled_once_outside_the_function()
    {
        var script = CommunitySchema.Compile("matches(手机号, \"^1[3-9]\\\\d{9}$\") || matches(姓名, \"a.c\")").ToJavaScript();
        Assert.Contains("var $re0 = new RegExp(\"^1[3-9]\\\\d{9}$\");", script, StringComparison.Ordinal);
        Assert.Contains("var $re1 = new RegExp(\"a[^\\\\n\\\\r\\\\u2028\\\\u2029]c\");", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_env_the_browser_clock_is_used()
    {
        var expression = CommunitySchema.Compile("today() != null && now() != null");
        var jint = new JintHost();
        var name = jint.Define(expression);
        Assert.Equal("ok:true", Outcome.FromJavaScript(jint.Run(name, "{}", expression)));
    }
}
