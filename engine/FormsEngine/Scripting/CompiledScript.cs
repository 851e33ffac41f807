using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Diagnostics;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Debugger;

namespace FormsEngine.Scripting;

/// <summary>A parsed JavaScript rule, ready to run any number of times (thread-safe: each run has its own engine).</summary>
public sealed class CompiledScript
{
    private readonly Jint.Parser.Ast.Program _program;
    private readonly JavaScriptSandboxOptions _options;

    internal CompiledScript(Jint.Parser.Ast.Program program, JavaScriptSandboxOptions options)
    {
        _program = program;
        _options = options;
    }

    /// <summary>
    /// Runs the script with the given named inputs (each becomes a global variable holding the parsed JSON)
    /// and returns its completion value. Never throws for anything the script does.
    /// </summary>
    public ScriptResult Run(IReadOnlyDictionary<string, JsonNode?> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var guard = new AllocationGuard(_options.MaxAllocatedBytes);
        var engine = new Engine(o =>
        {
            o.MaxStatements(_options.MaxStatements)
             .TimeoutInterval(_options.Timeout)
             .LimitRecursion(_options.MaxRecursionDepth)
             .Culture(CultureInfo.InvariantCulture)
             .Strict(false);
            if (guard.Enabled)
            {
                o.DebugMode(true);
            }
        });
        if (guard.Enabled)
        {
            engine.Step += guard.OnStep;
        }

        NativeCallGuard.Install(engine, _options);
        try
        {
            foreach (var (name, value) in inputs)
            {
                engine.SetValue(name, ToJsValue(engine, value));
            }

            guard.Start();
            var completion = engine.Execute(_program).GetCompletionValue();
            return ScriptResult.Success(ToJson(engine, completion));
        }
        catch (StatementsCountOverflowException)
        {
            return Limit("js.statements", $"脚本执行的语句数超过上限 {_options.MaxStatements}，可能有死循环", $"the script ran more than {_options.MaxStatements} statements; it may loop forever");
        }
        catch (TimeoutException)
        {
            return Limit("js.timeout", $"脚本运行超过 {_options.Timeout.TotalMilliseconds} 毫秒，已被停止", $"the script ran longer than {_options.Timeout.TotalMilliseconds} ms and was stopped");
        }
        catch (RecursionDepthOverflowException)
        {
            return Limit("js.recursion", $"脚本递归层数超过上限 {_options.MaxRecursionDepth}", $"the script recursed deeper than {_options.MaxRecursionDepth} calls");
        }
        catch (AllocationLimitExceededException)
        {
            return Limit("js.memory", $"脚本占用内存超过上限 {_options.MaxAllocatedBytes / 1024 / 1024} MB", $"the script allocated more than {_options.MaxAllocatedBytes / 1024 / 1024} MB");
        }
        catch (OutOfMemoryException)
        {
            return Limit("js.memory", "脚本申请的内存过大", "the script asked for more memory than can be given");
        }
        catch (JavaScriptException ex)
        {
            return ScriptResult.Failure(Diagnostic.Error("js.error", null, $"脚本运行出错：{ex.Message}", $"the script failed: {ex.Message}") with
            {
                Line = Math.Max(ex.LineNumber, 0),
                Column = Math.Max(ex.Column, 0),
            });
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or IndexOutOfRangeException or InvalidCastException)
        {
            // Jint 2.x surfaces some script faults (e.g. bad regex flags, invalid array lengths) as plain CLR exceptions.
            return ScriptResult.Failure(Diagnostic.Error("js.error", null, $"脚本运行出错：{ex.Message}", $"the script failed: {ex.Message}"));
        }
    }

    private static ScriptResult Limit(string code, string zh, string en) =>
        ScriptResult.Failure(Diagnostic.Error(code, null, zh, en));

    private static JsValue ToJsValue(Engine engine, JsonNode? value)
    {
        // The JSON text is parsed by the engine's own JSON.parse, so inputs become plain JS objects, never CLR wrappers.
        var json = value?.ToJsonString() ?? "null";
        return engine.Json.Parse(JsValue.Undefined, [new JsValue(json)]);
    }

    private static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return null;
        }

        // Through the guarded JSON.stringify (NativeCallGuard): a returned array with a huge length must not hang here.
        var text = NativeCallGuard.AsFunction(engine.Json.Get("stringify"))!.Call(engine.Json, [value]);
        return text.IsString() ? JsonNode.Parse(text.AsString(), documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) : null;
    }

    /// <summary>Stops a run once it has allocated more than its budget (checked at every statement).</summary>
    private sealed class AllocationGuard(long limit)
    {
        private long _start;

        public bool Enabled => limit > 0;

        public void Start() => _start = GC.GetAllocatedBytesForCurrentThread();

        public StepMode OnStep(object sender, DebugInformation info)
        {
            if (_start != 0 && GC.GetAllocatedBytesForCurrentThread() - _start > limit)
            {
                throw new AllocationLimitExceededException();
            }

            return StepMode.Into;
        }
    }

    private sealed class AllocationLimitExceededException : Exception;
}
