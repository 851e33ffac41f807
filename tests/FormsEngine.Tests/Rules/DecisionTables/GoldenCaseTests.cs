using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Rules.DecisionTables;

namespace FormsEngine.Tests.Rules.DecisionTables;

/// <summary>
/// Golden cases in TestData/DecisionTables: a table, a sample input (from which the schema is inferred), the expected
/// analysis findings, and inputs with the exact result expected (<see cref="DecisionTableResult.ToJson"/> shape).
/// </summary>
public class GoldenCaseTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "DecisionTables");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>A schema inferred from a sample such as <c>{"input1": {"年龄": 0, "社区": ""}}</c>.</summary>
    internal static ExpressionSchema InferSchema(JsonNode sample)
    {
        using var document = JsonDocument.Parse(sample.ToJsonString());
        return ExpressionSchema.FromJsonSamples([.. document.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.Clone()))]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Table_gives_expected_results(string file)
    {
        var golden = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();
        var compilation = DecisionTable.Compile(golden["table"]!.ToJsonString(), InferSchema(golden["inputSample"]!));
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        var table = compilation.Table!;

        var expectedFindings = golden["analysis"]?.AsArray().Select(a => (a!["code"]!.GetValue<string>(), a["path"]!.GetValue<string>())).ToList() ?? [];
        Assert.Equal(expectedFindings, table.Analyze().Diagnostics.Select(d => (d.Code, d.Path!)).ToList());

        var cases = golden["cases"]!.AsArray();
        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            using var input = JsonDocument.Parse(c!["input"]!.ToJsonString());
            var actual = table.Evaluate(input.RootElement).ToJson();
            var expected = c["expected"]!.AsObject();
            var label = $"{file}: {c["input"].Compact()}";
            Assert.True(expected["success"]!.GetValue<bool>() == actual["success"]!.GetValue<bool>(), label + " → " + actual.Compact());
            Assert.True(expected["matchedRows"].Compact() == actual["matchedRows"].Compact(), label + " → " + actual.Compact());
            if (expected.ContainsKey("output"))
            {
                Assert.True(expected["output"].Compact() == actual["output"].Compact(), label + " → " + actual.Compact());
            }

            if (expected["error"] is { } error)
            {
                Assert.Equal(error["code"]!.GetValue<string>(), actual["error"]!["code"]!.GetValue<string>());
            }
        }
    }
}
