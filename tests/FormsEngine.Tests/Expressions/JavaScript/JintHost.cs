using System.Text.Json;
using FormsEngine.Expressions;
using Jint;

namespace FormsEngine.Tests.Expressions.JavaScript;

/// <summary>Runs generated ES5 in Jint 2.10.4 with the runtime library loaded once, as a browser would.</summary>
internal sealed class JintHost
{
    private readonly Engine _engine;
    private int _next;

    public JintHost()
    {
        _engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromSeconds(5)).MaxStatements(1_000_000));
        _engine.Execute(ExpressionJavaScript.RuntimeLibrary);
    }

    /// <summary>Defines the expression's function and returns its name.</summary>
    public string Define(CompiledExpression expression)
    {
        var name = "f" + _next++;
        _engine.Execute(expression.ToJavaScript(name));
        return name;
    }

    /// <summary>Calls a defined function with JSON answers and the fixed clock; returns JSON.stringify of the result object.</summary>
    public string Run(string function, string inputJson, CompiledExpression expression)
    {
        var env = expression.JavaScriptEnvironment().ToJsonString();
        var script = $"var __r = JSON.stringify({function}(JSON.parse({JsonSerializer.Serialize(inputJson)}), JSON.parse({JsonSerializer.Serialize(env)})));";
        _engine.Execute(script);
        return _engine.GetValue("__r").AsString();
    }

    public string Evaluate(CompiledExpression expression, string inputJson) => Run(Define(expression), inputJson, expression);
}
