using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using FormsEngine.Rules;

namespace FormsEngine.Tests.Rules;

/// <summary>Compiles rule files in tests, with inputs typed from JSON samples, and asserts there were no diagnostics.</summary>
internal static class RuleFixture
{
    public static RuleSetOptions OptionsFor(JsonObject inputs, RuleSetOptions? template = null) => (template ?? new RuleSetOptions()) with
    {
        Inputs = ExpressionSchema.FromJsonSamples([.. inputs.Select(p => (p.Key, JsonSerializer.SerializeToElement(p.Value)))]),
    };

    public static RuleSet Compile(string json, JsonObject sample, RuleSetOptions? template = null)
    {
        var compilation = RuleSet.Compile(json, OptionsFor(sample, template));
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        Assert.Empty(compilation.Diagnostics);
        return compilation.RuleSet!;
    }

    public static RuleSetCompilation Fail(string json, JsonObject? sample = null)
    {
        var compilation = RuleSet.Compile(json, OptionsFor(sample ?? []));
        Assert.False(compilation.Succeeded);
        return compilation;
    }

    public static RuleInput Input(RuleSet ruleSet, JsonObject inputs) =>
        ruleSet.CreateInput(inputs.ToDictionary(p => p.Key, p => p.Value));

    public static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();
}
