using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Rules.DecisionTables;
using FormsEngine.Tests.Forms;

namespace FormsEngine.Tests.Rules.DecisionTables;

/// <summary>The sample tables in rulepacks/tables compile, analyse clean and give the results their examples state.</summary>
public class SampleTableTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "rulepacks", "tables");

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_compiles_analyses_clean_and_matches_its_examples(string file)
    {
        var json = File.ReadAllText(Path.Combine(Folder, file));
        var examples = JsonNode.Parse(json)!["examples"]!.AsArray();
        var compilation = DecisionTable.Compile(json, GoldenCaseTests.InferSchema(examples[0]!["input"]!));
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        var analysis = compilation.Table!.Analyze();
        Assert.True(analysis.Diagnostics.Count == 0, string.Join("\n", analysis.Diagnostics));
        Assert.True(analysis.IsExact);

        foreach (var example in examples)
        {
            using var input = JsonDocument.Parse(example!["input"]!.ToJsonString());
            var result = compilation.Table.Evaluate(input.RootElement);
            Assert.True(result.IsSuccess, result.ToString());
            Assert.Equal(example["matchedRows"].Compact(), new JsonArray([.. result.MatchedRows.Select(r => (JsonNode)r)]).Compact());
            Assert.Equal(example["output"].Compact(), result.Output.Compact());
        }
    }

    [Fact]
    public void Schema_lists_the_hit_policies_and_required_properties_the_engine_reads()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "schema", "decision-table.schema.json")))!;
        var policies = schema["properties"]!["hitPolicy"]!["enum"]!.AsArray().Select(p => p!.GetValue<string>());

        Assert.Equal(["UNIQUE", "FIRST", "PRIORITY", "ANY", "COLLECT", "RULE ORDER"], policies);
        Assert.Equal(["schemaVersion", "id", "version", "name", "hitPolicy", "inputs", "outputs", "rules"],
            schema["required"]!.AsArray().Select(p => p!.GetValue<string>()));
        foreach (var required in schema["required"]!.AsArray())
        {
            var table = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "grid-routing.json")))!.AsObject();
            table.Remove(required!.GetValue<string>());
            var diagnostics = DecisionTable.Compile(table.ToJsonString(), GoldenCaseTests.InferSchema(JsonNode.Parse("{\"input1\": {}}")!)).Diagnostics;
            Assert.Contains(diagnostics, d => d.Code == "table.missing" && d.Path == "$." + required.GetValue<string>());
        }
    }
}
