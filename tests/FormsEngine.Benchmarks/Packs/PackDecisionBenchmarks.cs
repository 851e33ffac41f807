using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using FormsEngine.Expressions;
using FormsEngine.Forms.Analysis;
using FormsEngine.Packs;
using FormsEngine.Rules;

namespace FormsEngine.Benchmarks.Packs;

/// <summary>
/// A community's eligibility decision with rule-pack parameters (<c>param.minAge</c>), on the engine tests' mini pack:
/// the same conditions written by hand in C# (baseline), the pack's rules reading <c>param</c>, the same rules with the
/// threshold written in (no parameters: what a fork per community would run), a full decision with the explanation and
/// the input built from JSON (what the host does per submission), and resolving a community's effective parameters.
/// Setup checks that all of them agree.
/// </summary>
[MemoryDiagnoser]
public class PackDecisionBenchmarks
{
    private readonly bool[] _outcomes = new bool[1];
    private readonly (decimal Age, string Registration, decimal Years, bool Receiving, decimal MinAge) _resident = (76m, "本市", 10m, false, 75m);
    private RulePack _pack = null!;
    private RuleWorkflow _withParameters = null!;
    private RuleWorkflow _literal = null!;
    private RuleSet _ruleSet = null!;
    private RuleInput _parameterInput = null!;
    private RuleInput _literalInput = null!;
    private JsonObject _answers = null!;
    private JsonObject _values = null!;
    private readonly JsonObject _street = new() { ["minAge"] = 78 };
    private readonly JsonObject _community = new() { ["minAge"] = 75, ["approverRole"] = "社区管理员" };

    [GlobalSetup]
    public void Setup()
    {
        var result = PackLoader.Load(Path.Combine(RepoRoot(), "tests", "FormsEngine.Tests", "TestData", "Packs", "mini"));
        _pack = result.Pack ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
        var form = _pack.Forms["mini-elderly"];
        _ruleSet = _pack.RuleSets["mini-elderly"];
        _ruleSet.WarmUp();
        _withParameters = _ruleSet.Workflows[0];
        _values = PackConfiguration.Resolve(_pack.Manifest, _street, _community).Values;
        _answers = new JsonObject { ["姓名"] = "张桂兰", ["年龄"] = 76, ["户籍"] = "本市", ["居住年限"] = 10, ["独居"] = true, ["已领取其他养老补贴"] = false };
        _parameterInput = _ruleSet.CreateInput(new Dictionary<string, JsonNode?> { ["input1"] = _answers, ["param"] = _values });

        var literalJson = _pack.RuleSetSources["mini-elderly"].Replace("param.minAge", "75", StringComparison.Ordinal);
        var literal = RuleSet.Compile(literalJson, new RuleSetOptions { Inputs = ExpressionSchema.Create().Field("input1", ExpressionType.Record(FormAnalyzer.CreateSchema(form.Form))) }).RuleSet
            ?? throw new InvalidOperationException("the literal rule set does not compile");
        literal.WarmUp();
        _literal = literal.Workflows[0];
        _literalInput = literal.CreateInput(new Dictionary<string, JsonNode?> { ["input1"] = _answers });

        var expected = HandWritten();
        if (!expected || EvaluateWithParameters() != 1 || EvaluateLiteralThreshold() != 1 || !DecideFromJson().IsSuccess)
        {
            throw new InvalidOperationException("hand-written and engine decisions differ");
        }
    }

    [Benchmark(Baseline = true)]
    public bool HandWritten() => Eligible(_resident.Age, _resident.Registration, _resident.Years, _resident.Receiving, _resident.MinAge);

    [Benchmark]
    public int EvaluateWithParameters() => _withParameters.EvaluateOutcomes(_parameterInput, _outcomes);

    [Benchmark]
    public int EvaluateLiteralThreshold() => _literal.EvaluateOutcomes(_literalInput, _outcomes);

    [Benchmark]
    public RuleWorkflowDecision DecideFromJson() =>
        _withParameters.Decide(_ruleSet.CreateInput(new Dictionary<string, JsonNode?> { ["input1"] = _answers, ["param"] = _values }));

    [Benchmark]
    public JsonObject ResolveConfiguration() => PackConfiguration.Resolve(_pack.Manifest, _street, _community).Values;

    private static bool Eligible(decimal age, string registration, decimal years, bool receiving, decimal minAge) =>
        age >= minAge && (registration == "本市" || years >= 5) && !receiving;

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FormsEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FormsEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
