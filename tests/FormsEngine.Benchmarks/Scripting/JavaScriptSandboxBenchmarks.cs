using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using FormsEngine.Scripting;
using Jint;
using Jint.Native;

namespace FormsEngine.Benchmarks.Scripting;

/// <summary>
/// One JavaScript rule run (<c>input1.年龄 &gt;= 60 &amp;&amp; input1.社区 === '东区'</c>) through the sandbox, with and
/// without the per-statement memory guard, against plain Jint doing the same work (fresh engine, JSON input,
/// pre-parsed program) as the baseline. Shows what the limits cost.
/// </summary>
[MemoryDiagnoser]
public class JavaScriptSandboxBenchmarks
{
    private const string Source = "input1.年龄 >= 60 && input1.社区 === '东区'";

    private readonly Dictionary<string, JsonNode?> _inputs = new()
    {
        ["input1"] = JsonNode.Parse("""{"年龄": 72, "社区": "东区", "独居": true}"""),
    };

    private Jint.Parser.Ast.Program _program = null!;
    private CompiledScript _guarded = null!;
    private CompiledScript _unguarded = null!;

    [GlobalSetup]
    public void Setup()
    {
        _program = new Jint.Parser.JavaScriptParser().Parse(Source);
        _guarded = JavaScriptSandbox.Compile(Source).Script!;
        _unguarded = JavaScriptSandbox.Compile(Source, new JavaScriptSandboxOptions { MaxAllocatedBytes = 0 }).Script!;
        if (!PlainJint() || !_guarded.Run(_inputs).IsTrue || !_unguarded.Run(_inputs).IsTrue)
        {
            throw new InvalidOperationException("the three paths must all say true");
        }
    }

    [Benchmark(Baseline = true, Description = "plain Jint 2.10.4 (no limits)")]
    public bool PlainJint()
    {
        var engine = new Engine();
        engine.SetValue("input1", engine.Json.Parse(JsValue.Undefined, [new JsValue(_inputs["input1"]!.ToJsonString())]));
        return engine.Execute(_program).GetCompletionValue().AsBoolean();
    }

    [Benchmark(Description = "sandbox: statements, time, recursion")]
    public bool SandboxWithoutMemoryGuard() => _unguarded.Run(_inputs).IsTrue;

    [Benchmark(Description = "sandbox: all limits incl. memory")]
    public bool Sandbox() => _guarded.Run(_inputs).IsTrue;
}
