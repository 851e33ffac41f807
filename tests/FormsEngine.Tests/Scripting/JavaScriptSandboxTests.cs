using System.Diagnostics;
using System.Text.Json.Nodes;
using FormsEngine.Scripting;

namespace FormsEngine.Tests.Scripting;

public sealed class JavaScriptSandboxTests
{
    private static readonly Dictionary<string, JsonNode?> Resident = new()
    {
        ["input1"] = JsonNode.Parse("""{"年龄": 82, "社区": "东区", "members": [{"age": 80}, {"age": 5}]}"""),
    };

    private static ScriptResult Run(string source, JavaScriptSandboxOptions? options = null)
    {
        var compiled = JavaScriptSandbox.Compile(source, options);
        Assert.Empty(compiled.Diagnostics);
        return compiled.Script!.Run(Resident);
    }

    [Fact]
    public void Expression_reads_named_inputs_with_unicode_keys()
    {
        var result = Run("input1.年龄 >= 80 && input1.社区 === '东区'");
        Assert.True(result.Succeeded);
        Assert.True(result.IsTrue);
    }

    [Fact]
    public void Statements_return_the_last_expression_value()
    {
        var result = Run("var n = 0; for (var i = 0; i < input1.members.length; i++) { if (input1.members[i].age >= 60) n++; } n;");
        Assert.Equal(1, result.Value!.GetValue<double>());
    }

    [Fact]
    public void Objects_come_back_as_json()
    {
        var result = Run("({ eligible: true, amount: 200.5, tags: ['高龄'] })");
        Assert.Equal("""{"eligible":true,"amount":200.5,"tags":["高龄"]}""", result.Value!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Undefined_and_NaN_become_null()
    {
        Assert.Null(Run("undefined").Value);
        Assert.Null(Run("0/0").Value);
    }

    [Fact]
    public void Infinite_loop_is_stopped_by_the_statement_limit()
    {
        var sw = Stopwatch.StartNew();
        var result = Run("while (true) { }", new JavaScriptSandboxOptions { MaxAllocatedBytes = 0 });
        Assert.False(result.Succeeded);
        Assert.Equal("js.statements", result.Error!.Code);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Slow_loop_is_stopped_by_the_timeout()
    {
        var options = new JavaScriptSandboxOptions { MaxStatements = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(100), MaxAllocatedBytes = 0 };
        var result = Run("for (;;) { Math.sqrt(2); }", options);
        Assert.Equal("js.timeout", result.Error!.Code);
        Assert.Contains("100", result.Error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Runaway_recursion_is_stopped()
    {
        var result = Run("function f(n) { return f(n + 1); } f(0);");
        Assert.Equal("js.recursion", result.Error!.Code);
    }

    [Fact]
    public void String_doubling_is_stopped_by_the_memory_limit()
    {
        // A generous time limit, so a busy machine cannot make the clock fire before the memory limit.
        var result = Run("var s = 'x'; for (var i = 0; i < 40; i++) { s = s + s; } s.length;", JavaScriptSandboxOptions.Default with { Timeout = TimeSpan.FromSeconds(10) });
        Assert.Equal("js.memory", result.Error!.Code);
    }

    [Fact]
    public void Thrown_error_is_a_failed_result_with_its_message()
    {
        var result = Run("throw new Error('缺少身份证号');");
        Assert.Equal("js.error", result.Error!.Code);
        Assert.Contains("缺少身份证号", result.Error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.IO.File.Delete('x')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("clrHelper.getType()")]
    public void No_clr_access(string source)
    {
        var result = Run(source);
        Assert.Equal("js.error", result.Error!.Code);
    }

    [Fact]
    public void Globals_do_not_leak_between_runs()
    {
        var compiled = JavaScriptSandbox.Compile("var before = typeof leaked; leaked = 1; before;").Script!;
        Assert.Equal("undefined", compiled.Run(Resident).Value!.GetValue<string>());
        Assert.Equal("undefined", compiled.Run(Resident).Value!.GetValue<string>());
    }

    [Fact]
    public void Syntax_error_reports_line_and_column()
    {
        var compiled = JavaScriptSandbox.Compile("var a = 1;\nvar = 2;");
        var error = Assert.Single(compiled.Diagnostics);
        Assert.Null(compiled.Script);
        Assert.Equal("js.syntax", error.Code);
        Assert.Equal(2, error.Line);
        Assert.True(error.Column >= 1);
    }

    [Fact]
    public void Oversized_source_is_refused()
    {
        var compiled = JavaScriptSandbox.Compile(new string(' ', 100) + "1", new JavaScriptSandboxOptions { MaxSourceLength = 50 });
        Assert.Equal("js.tooLong", Assert.Single(compiled.Diagnostics).Code);
    }
}
