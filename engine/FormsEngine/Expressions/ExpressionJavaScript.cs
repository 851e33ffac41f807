namespace FormsEngine.Expressions;

/// <summary>
/// The ES5 runtime library that compiled expressions need in the browser. Serve <see cref="RuntimeLibrary"/> once per
/// page, then the output of <see cref="CompiledExpression.ToJavaScript"/> for each expression.
/// </summary>
public static class ExpressionJavaScript
{
    private static readonly Lazy<string> Library = new(Load);

    /// <summary>The name of the global object the runtime defines.</summary>
    public const string RuntimeGlobalName = "FormsExpr";

    /// <summary>The runtime library source (ES5, no dependencies).</summary>
    public static string RuntimeLibrary => Library.Value;

    private static string Load()
    {
        const string name = "FormsEngine.Expressions.JavaScript.formsexpr-runtime.js";
        using var stream = typeof(ExpressionJavaScript).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
