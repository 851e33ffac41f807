using FormsEngine.Host.Cli;

namespace FormsEngine.Host.Tests.Cli;

public sealed class ExprCommandTests : CliTestBase
{
    [Theory]
    [InlineData("dotnet")]
    [InlineData("js")]
    public void Evaluates_over_answers_on_both_backends(string backend)
    {
        var data = Write("a.json", """{"年龄": 72, "社区": "东区"}""");
        var (exit, output, error) = Run("expr", "eval", "年龄 >= 60 && 社区 == \"东区\"", "--data", data, "--backend", backend);
        Assert.Equal(0, exit);
        Assert.Equal("true", output);
        Assert.Empty(error);
    }

    [Fact]
    public void Prints_text_values_as_json_with_readable_chinese()
    {
        var (exit, output, _) = Run("expr", "eval", "'共' + (2 * 3) + '户'");
        Assert.Equal(0, exit);
        Assert.Equal("\"共6户\"", output);
    }

    [Fact]
    public void Compile_error_is_line_col_on_stderr_and_exit_2()
    {
        var data = Write("a.json", """{"年龄": 72}""");
        var (exit, output, error) = Run("expr", "eval", "年纪 >= 60", "--data", data);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: 1:1: ", error, StringComparison.Ordinal);
        Assert.Contains("年龄", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_error_is_exit_1_with_the_code()
    {
        var (exit, _, error) = Run("expr", "eval", "10 / 0", "--backend", "js");
        Assert.Equal(1, exit);
        Assert.Contains("expr.divideByZero", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_gives_the_schema_for_type_checking()
    {
        var form = Path.Combine(RepoPaths.Root, "rulepacks", "forms", "returnee-registration.json");
        var (exit, _, error) = Run("expr", "eval", "姓名 > 3", "--form", form);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: 1:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_or_broken_files_are_exit_2_with_a_message()
    {
        Assert.Equal(2, Run("expr", "eval", "1", "--data", Path.Combine(Folder, "nope.json")).Exit);
        var broken = Write("broken.json", "{\n  \"a\": ");
        var (exit, _, error) = Run("expr", "eval", "1", "--data", broken);
        Assert.Equal(2, exit);
        Assert.Contains("不是合法的 JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_backend_is_exit_2()
    {
        Assert.Equal(2, Run("expr", "eval", "1", "--backend", "python").Exit);
    }

    [Fact]
    public void Only_cli_verbs_are_handled()
    {
        Assert.True(HostCli.Handles(["expr", "eval", "1"]));
        Assert.False(HostCli.Handles(["--urls", "http://localhost:5001"]));
        Assert.False(HostCli.Handles([]));
    }
}
