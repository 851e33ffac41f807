using System.Text.Json;
using System.Text.Json.Nodes;
using FormsEngine.Expressions;
using Jint;

namespace FormsEngine.Scripting;

/// <summary>
/// Runs an expression's browser backend (its ES5 source and the runtime library) in Jint 2.10.4, the way a resident's
/// phone runs it. Used by the CLI's <c>--backend js</c> and by the designer's preview; the tests check that it agrees
/// with the .NET backend.
/// </summary>
public static class BrowserBackendRunner
{
    /// <summary>Evaluates <paramref name="expression"/> on <paramref name="answers"/> with the expression's clock.</summary>
    public static ExpressionResult Evaluate(CompiledExpression expression, JsonNode? answers)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromSeconds(2)).MaxStatements(1_000_000).LimitRecursion(256));
        engine.Execute(ExpressionJavaScript.RuntimeLibrary);
        engine.Execute(expression.ToJavaScript("evaluate"));
        var input = JsonSerializer.Serialize(answers?.ToJsonString() ?? "{}");
        var env = JsonSerializer.Serialize(expression.JavaScriptEnvironment().ToJsonString());
        engine.Execute($"var __result = JSON.stringify(evaluate(JSON.parse({input}), JSON.parse({env})));");
        var outcome = JsonNode.Parse(engine.GetValue("__result").AsString())!.AsObject();
        return outcome["ok"]!.GetValue<bool>()
            ? ExpressionResult.Success(outcome["value"]?.DeepClone())
            : ExpressionResult.Failure(
                outcome["code"]!.GetValue<string>(),
                outcome["messageZh"]!.GetValue<string>(),
                outcome["messageEn"]!.GetValue<string>());
    }
}
