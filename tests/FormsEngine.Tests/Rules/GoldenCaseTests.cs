using System.Text.Json.Nodes;

namespace FormsEngine.Tests.Rules;

/// <summary>
/// Golden cases: each <c>TestData/Rules/*.json</c> holds a rule file (inline or by name), and cases of named inputs
/// with the expected result trees (camelCase JSON, as the CLI prints them). The first case's inputs type the rules.
/// </summary>
public class GoldenCaseTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Rules");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var item in Load(file)["cases"]!.AsArray())
            {
                data.Add(Path.GetFileName(file), item!["name"]!.GetValue<string>());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Produces_the_expected_result_tree(string file, string caseName)
    {
        var golden = Load(Path.Combine(Folder, file));
        var cases = golden["cases"]!.AsArray();
        var rules = golden["rulesFile"] is { } name
            ? File.ReadAllText(Path.Combine(Folder, "RuleFiles", name.GetValue<string>()))
            : golden["rules"]!.ToJsonString();
        var ruleSet = RuleFixture.Compile(rules, cases[0]!["inputs"]!.AsObject());
        var workflow = ruleSet.GetWorkflow(golden["workflow"]!.GetValue<string>());
        var test = cases.Single(c => c!["name"]!.GetValue<string>() == caseName)!;
        var trace = test["trace"]?.GetValue<bool>() ?? false;

        var results = workflow.Execute(RuleFixture.Input(ruleSet, test["inputs"]!.AsObject()), trace);

        var actual = new JsonArray([.. results.Select(r => (JsonNode)r.ToJson())]);
        Assert.True(
            JsonNode.DeepEquals(test["expected"], actual),
            $"{file} / {caseName}\nexpected: {test["expected"]!.ToJsonString()}\nactual:   {actual.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
    }

    private static JsonObject Load(string file) => JsonNode.Parse(File.ReadAllText(file))!.AsObject();
}
