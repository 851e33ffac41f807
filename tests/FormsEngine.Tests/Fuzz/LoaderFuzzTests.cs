using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using FormsEngine.Expressions;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;
using FormsEngine.Packs;
using FormsEngine.Tests.Forms;
using Xunit.Abstractions;

namespace FormsEngine.Tests.Fuzz;

/// <summary>
/// Bounded random runs (CsCheck, a few seconds each) of the expression compiler, the form loader and the pack loader
/// on hostile input: none may throw, hang or accept what it cannot use; each answers with diagnostics instead.
/// A failure prints the shrunk input and the seed that reproduces it.
/// </summary>
public sealed class LoaderFuzzTests(ITestOutputHelper output)
{
    private const int Seconds = 4;

    private int _count;

    private static readonly string[] Tokens =
    [
        "年龄", "名字", "input1", ".", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", "?", ":", "??", "==", "!=", ">=", "<",
        "&&", "||", "!", "AND", "OR", "NOT", "1", "0", "2.5", "1e400", "-0", "null", "true", "\"东区\"", "\"", "'", "\\",
        "age(", "idBirthDate(", "today()", "len(", "contains(", "matches(", "\"(a+)+$\"", "GetType()", "System.IO.File", " ", "\n", "😀", "\u0000",
    ];

    private static readonly ExpressionSchema Schema = ExpressionSchema.Create().Field("年龄", ExpressionType.Number).Field("名字", ExpressionType.Text);

    [Fact]
    public void The_expression_compiler_answers_every_token_soup_with_a_result_or_diagnostics()
    {
        Gen.Int[0, Tokens.Length - 1].Array[0, 40].Select(picks => string.Concat(picks.Select(i => Tokens[i])))
            .Sample(source =>
            {
                Interlocked.Increment(ref _count);
                var compilation = ExpressionCompiler.Compile(source, Schema);
                if (compilation.Expression is { } expression)
                {
                    var record = Schema.CreateRecord();
                    _ = expression.Evaluate(record);
                }
                else
                {
                    Assert.NotEmpty(compilation.Diagnostics);
                    Assert.All(compilation.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.MessageZh)));
                }
            }, iter: 200_000, time: Seconds, threads: 1);
        output.WriteLine($"{_count} expressions in at most {Seconds} s");
    }

    [Fact]
    public void The_form_loader_answers_every_mutated_form_with_a_form_or_diagnostics()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "rulepacks", "forms", "elderly-allowance.json")))!.AsObject();
        JsonMutations.Mutate(sample).Sample(json =>
        {
            Interlocked.Increment(ref _count);
            var result = FormDefinition.Load(json.ToJsonString());
            if (result.Form is { } form)
            {
                var compiled = CompiledForm.Compile(form);
                if (compiled.Succeeded)
                {
                    _ = compiled.ValidateSubmission(new JsonObject { ["姓名"] = "张三", ["身份证号"] = "110105194003070014", ["居住年限"] = "x" });
                }
            }
            else
            {
                Assert.NotEmpty(result.Diagnostics);
            }
        }, iter: 100_000, time: Seconds, threads: 1);
        output.WriteLine($"{_count} forms in at most {Seconds} s");
    }

    [Fact]
    public void The_pack_loader_answers_every_mutated_manifest_and_rule_set_with_a_pack_or_problems()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Packs", "mini");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);
        var manifest = JsonNode.Parse(files["pack.json"])!.AsObject();
        var rules = JsonNode.Parse(files["rules/mini-elderly.json"])!.AsObject();
        Gen.Select(JsonMutations.Mutate(manifest), JsonMutations.Mutate(rules), Gen.Bool).Sample(t =>
        {
            var (m, r, both) = t;
            Interlocked.Increment(ref _count);
            var mutated = new Dictionary<string, byte[]>(files)
            {
                ["pack.json"] = Encoding.UTF8.GetBytes(m.ToJsonString()),
                ["rules/mini-elderly.json"] = both ? Encoding.UTF8.GetBytes(r.ToJsonString()) : files["rules/mini-elderly.json"],
            };
            var result = PackLoader.Load(mutated);
            Assert.True(result.Succeeded || result.Errors.Any(), "a refused pack must say why");
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrEmpty(p.Diagnostic.MessageZh)));
        }, iter: 100_000, time: Seconds, threads: 1);
        output.WriteLine($"{_count} packs in at most {Seconds} s");
    }
}
