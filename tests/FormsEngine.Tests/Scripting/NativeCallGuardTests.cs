using System.Diagnostics;
using System.Text.Json.Nodes;
using FormsEngine.Scripting;

namespace FormsEngine.Tests.Scripting;

/// <summary>
/// Scripts that spend their time inside one built-in call, where Jint 2.10.4's statement, time and memory limits do
/// not look. Before the guard each of these ran for minutes (the first held a pack import for 381 s).
/// </summary>
public sealed class NativeCallGuardTests
{
    private static readonly Dictionary<string, JsonNode?> NoInputs = [];

    // Generous for a busy 2-core CI machine; unguarded, every case below takes minutes or never ends.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Hostile => new()
    {
        "(function(){ var a=[]; while(true){ a.push(new Array(1000000).join('x')); } })()",
        "new Array(1000000).join('x').length",
        "var a=[]; a.length=4294967295; a.indexOf(1)",
        "var o={length:4294967295}; Array.prototype.indexOf.call(o, 1)",
        "var a=[]; a[4294967294]=1; a.lastIndexOf(2)",
        "var a=[]; a.length=4294967295; a.forEach(function(){}); 1",
        "var a=[]; a.length=4294967295; '' + a",
        "var a=[]; a.length=4294967295; String(a)",
        "var a=[]; a.length=4294967295; a.sort(); 1",
        "var a=[]; a.length=4294967295; a.reverse(); 1",
        "var a=[]; a.length=4294967295; [].concat(a).length",
        "var a=[]; a.length=4294967295; a.slice(0).length",
        "var a=[]; a.length=4294967295; Math.max.apply(null, a)",
        "var a=[]; a.length=4294967295; JSON.stringify(a).length",
        "var a=[]; a.length=4294967295; JSON.stringify({x:[a]}).length",
        "var a=[]; a.length=4294967295; JSON.stringify([a], ['x']).length",
        "var a=[]; a.length=4294967295; a",
        "var a=[]; a.length=4294967295; ({ big: a })",
        "var s='x'; for (var i=0;i<24;i++){ s=s+s; } s.split('').length",
        "var s='x'; for (var i=0;i<23;i++){ s=s+s; } s.replace(/x/g, 'yy').length",
        "var s='x'; for (var i=0;i<23;i++){ s=s+s; } JSON.parse('\"' + s + '\"').length",
        "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.match(/(a|aa)+$/)",
        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.replace(new RegExp('(a*)*$'), 'x')",
        "eval('while(true){}')",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_long_native_call_is_refused_quickly_with_a_reason(string source)
    {
        var compiled = JavaScriptSandbox.Compile(source);
        Assert.NotNull(compiled.Script);

        var clock = Stopwatch.StartNew();
        var result = compiled.Script.Run(NoInputs);
        clock.Stop();

        Assert.False(result.Succeeded, $"ran to a value: {result.Value?.ToJsonString()}");
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalMilliseconds:0} ms");
        var problem = result.Error!;
        Assert.StartsWith("js.", problem.Code, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(problem.MessageEn));
    }

    [Theory]
    [InlineData("var a=[]; for (var i=0;i<200;i++){ a.push(i); } a.join(',').split(',').map(Number).filter(function(n){ return n % 2; }).reduce(function(s,n){ return s+n; }, 0)", "10000")]
    [InlineData("JSON.stringify({ a: [1, [2, 3]], b: 'x' }, null, 1).split('\\n').length", "10")]
    [InlineData("JSON.stringify({ a: 1, b: 2 }, function(k, v){ return k === 'b' ? undefined : v; })", "\"{\\\"a\\\":1}\"")]
    [InlineData("'2026-12-03'.replace(/(\\d+)-(\\d+)-(\\d+)/, '$3/$2/$1')", "\"03/12/2026\"")]
    [InlineData("/^1[3-9]\\d{9}$/.test('13800138000')", "true")]
    [InlineData("Math.max.apply(null, [3, 9, 4])", "9")]
    [InlineData("try { new Array(20000).join('-'); 'not refused' } catch (e) { e instanceof RangeError }", "true")]
    public void Ordinary_built_in_use_is_unchanged(string source, string expected)
    {
        var compiled = JavaScriptSandbox.Compile(source);
        var result = compiled.Script!.Run(NoInputs);

        Assert.True(result.Succeeded, result.Error?.MessageEn);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), result.Value), $"got {result.Value?.ToJsonString()}");
    }

    [Fact]
    public void Limits_can_be_raised_for_a_deployment_that_needs_longer_arrays()
    {
        var options = new JavaScriptSandboxOptions { MaxNativeArrayLength = 30_000 };
        var result = JavaScriptSandbox.Compile("new Array(20000).join('-').length", options).Script!.Run(NoInputs);

        Assert.True(result.Succeeded);
        Assert.Equal(19_999, result.Value!.GetValue<double>());
    }
}
