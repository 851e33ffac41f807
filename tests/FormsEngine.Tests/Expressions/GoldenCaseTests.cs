using System.Text.Json;
using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions;

/// <summary>
/// Golden cases in <c>TestData/Expressions/*.json</c>: expression + answers in, expected value (or error code) out,
/// run against both backends. Clock: 2026-03-15 10:00 Asia/Shanghai.
/// </summary>
public sealed class GoldenCaseTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Expressions");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
            {
                data.Add(Path.GetFileName(file), c.GetProperty("name").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_case_holds_on_both_backends(string file, string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        Assert.Equal(1, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        var c = doc.RootElement.GetProperty("cases").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
        var expected = c.TryGetProperty("error", out var error)
            ? "error:" + error.GetString()
            : "ok:" + Outcome.Canonical(c.GetProperty("expected").GetRawText());
        var compilation = ExpressionCompiler.Compile(c.GetProperty("expression").GetString()!, CommunitySchema.Schema, CommunitySchema.Options);
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        Assert.Equal(expected, BothBackends.Evaluate(compilation.Expression!, c.GetProperty("input").GetRawText()));
    }

    [Fact]
    public void There_are_golden_files_for_each_scenario()
    {
        Assert.True(Cases().Count >= 50);
    }
}
