using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions.Differential;

/// <summary>
/// The .NET backend and the ES5 backend (run in Jint 2.10.4) must give the same outcome — value or error code — for
/// every expression and every input. Any disagreement is a bug in one of them.
/// </summary>
public sealed class DifferentialTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 16)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_expressions_agree_on_generated_inputs(int seed)
    {
        var expressions = new RandomExpressionGenerator(seed);
        var inputs = new RandomInputGenerator(seed * 7919);
        var documents = Enumerable.Range(0, 8).Select(_ => inputs.Next().ToJsonString()).ToList();
        var outcomes = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var source = expressions.Next();
            var compilation = ExpressionCompiler.Compile(source, CommunitySchema.Schema, CommunitySchema.Options);
            Assert.True(compilation.Succeeded, $"generated expression did not compile: {source}\n{string.Join("\n", compilation.Diagnostics)}");
            foreach (var document in documents)
            {
                outcomes.Add(BothBackends.Evaluate(compilation.Expression!, document));
            }
        }

        // The inputs must exercise the interesting paths, not just produce nulls.
        Assert.Equal(320, outcomes.Count);
        Assert.Contains(outcomes, o => o == "ok:null");
        Assert.Contains(outcomes, o => o == "ok:true");
        Assert.Contains(outcomes, o => o == "ok:false");
        Assert.Contains(outcomes, o => o.StartsWith("ok:\"", StringComparison.Ordinal) && o.Length > 5);
        Assert.True(outcomes.Distinct().Count() > 20, "too few distinct outcomes");
    }

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void Corpus_expressions_agree_on_generated_inputs(string source)
    {
        var expression = CommunitySchema.Compile(source);
        var inputs = new RandomInputGenerator(source.Length);
        var outcomes = new HashSet<string>();
        for (var i = 0; i < 12; i++)
        {
            outcomes.Add(BothBackends.Evaluate(expression, inputs.Next().ToJsonString()));
        }

        Assert.NotEmpty(outcomes);
    }

    public static TheoryData<string> CorpusCases() => [.. ExpressionCorpus.All];
}
