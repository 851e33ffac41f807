using System.Text.Json.Nodes;
using FormsEngine.Tests.Forms;

namespace FormsEngine.Tests.Rules;

/// <summary>The published JSON Schema (<c>rulepacks/schema/ruleset.schema.json</c>) describes every property the sample and test rule files use.</summary>
public class RuleSetSchemaTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "schema", "ruleset.schema.json")))!.AsObject();

    private static HashSet<string> Declared(string definition) =>
        [.. Schema["$defs"]![definition]!["properties"]!.AsObject().Select(p => p.Key)];

    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "rulepacks", "rules"), "*.json"))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        data.Add(Path.Combine("tests", "FormsEngine.Tests", "TestData", "Rules", "RuleFiles", "discount.json"));
        return data;
    }

    [Fact]
    public void Declares_the_formsengine_additions()
    {
        Assert.Contains("schemaVersion", Declared("workflow"));
        Assert.Contains("JavaScript", Schema["$defs"]!["rule"]!["properties"]!["RuleExpressionType"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(["WorkflowName", "Rules"], Schema["$defs"]!["workflow"]!["required"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_files_use_only_declared_properties(string relativePath)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)))!;
        var workflows = document is JsonArray array ? array.Select(w => w!.AsObject()) : [document.AsObject()];
        var undeclared = new List<string>();
        foreach (var workflow in workflows)
        {
            undeclared.AddRange(workflow.Select(p => p.Key).Except(Declared("workflow")));
            foreach (var rule in workflow["Rules"]!.AsArray())
            {
                CheckRule(rule!.AsObject(), undeclared);
            }
        }

        Assert.Empty(undeclared);
    }

    private static void CheckRule(JsonObject rule, List<string> undeclared)
    {
        undeclared.AddRange(rule.Select(p => p.Key).Except(Declared("rule")));
        foreach (var param in rule["LocalParams"]?.AsArray() ?? [])
        {
            undeclared.AddRange(param!.AsObject().Select(p => p.Key).Except(Declared("param")));
        }

        foreach (var child in rule["Rules"]?.AsArray() ?? [])
        {
            CheckRule(child!.AsObject(), undeclared);
        }
    }
}
