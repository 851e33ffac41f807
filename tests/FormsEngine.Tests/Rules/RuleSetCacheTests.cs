using FormsEngine.Rules;

namespace FormsEngine.Tests.Rules;

/// <summary>The cache compiles each (id, version) once, even under concurrent requests; evaluation is thread-safe.</summary>
public class RuleSetCacheTests
{
    private const string Rules = """
        {"WorkflowName": "访客", "GlobalParams": [{"Name": "上限", "Expression": "3"}], "Rules": [
          {"RuleName": "可通行", "Operator": "And", "ErrorMessage": "访客 {{input1.访客人数}} 人，超过上限 {{上限}} 人",
           "LocalParams": [{"Name": "人数", "Expression": "input1.访客人数"}],
           "Rules": [
             {"RuleName": "人数", "Expression": "人数 <= 上限"},
             {"RuleName": "已登记", "Expression": "input1.已登记 == true"}
           ],
           "Actions": {"OnSuccess": {"Name": "OutputExpression", "Context": {"Expression": "'通行证 ' + 人数 + ' 人'"}}}}
        ]}
        """;

    private static readonly System.Text.Json.Nodes.JsonObject Sample = RuleFixture.Json("""{"input1": {"访客人数": 2, "已登记": true}}""");

    [Fact]
    public void Concurrent_requests_compile_once()
    {
        var cache = new RuleSetCache();
        var compilations = 0;
        RuleSetCompilation Compile()
        {
            Interlocked.Increment(ref compilations);
            return RuleSet.Compile(Rules, RuleFixture.OptionsFor(Sample));
        }

        var results = new RuleSetCompilation[16];
        Parallel.For(0, results.Length, i => results[i] = cache.GetOrCompile("visitor", 3, Compile));

        Assert.Equal(1, compilations);
        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.NotSame(results[0], cache.GetOrCompile("visitor", 4, Compile));
        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("visitor", 3, out var cached));
        Assert.Same(results[0], cached);
        Assert.Equal(2, cache.Remove("visitor"));
        Assert.False(cache.TryGet("visitor", 3, out _));
    }

    [Fact]
    public void Failed_compilations_are_cached_with_their_diagnostics()
    {
        var cache = new RuleSetCache();
        var compilation = cache.GetOrCompile("broken", 1, () => RuleSet.Compile("{", null));

        Assert.False(compilation.Succeeded);
        Assert.Same(compilation, cache.GetOrCompile("broken", 1, () => throw new InvalidOperationException("not again")));
    }

    [Fact]
    public void Parallel_evaluation_gives_the_same_answers_as_sequential()
    {
        var ruleSet = RuleFixture.Compile(Rules, Sample);
        var workflow = ruleSet.GetWorkflow("访客");
        var inputs = Enumerable.Range(0, 200)
            .Select(i => RuleFixture.Input(ruleSet, RuleFixture.Json($$$"""{"input1": {"访客人数": {{{i % 6}}}, "已登记": {{{(i % 7 == 0 ? "false" : "true")}}}}}""")))
            .ToArray();
        var expected = inputs.Select(i => workflow.ExecuteRule("可通行", i).ToJson().ToJsonString()).ToArray();

        var actual = new string[inputs.Length];
        var fast = new bool[inputs.Length];
        Parallel.For(0, inputs.Length * 10, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            var i = n % inputs.Length;
            actual[i] = workflow.ExecuteRule("可通行", inputs[i]).ToJson().ToJsonString();
            fast[i] = workflow.Evaluate("可通行", inputs[i]);
        });

        Assert.Equal(expected, actual);
        Assert.Equal(expected.Select(e => System.Text.Json.Nodes.JsonNode.Parse(e)!["isSuccess"]!.GetValue<bool>()), fast);
        Assert.Contains(expected, e => System.Text.Json.Nodes.JsonNode.Parse(e)!["errorMessage"]?.GetValue<string>() == "访客 5 人，超过上限 3 人");
    }
}
