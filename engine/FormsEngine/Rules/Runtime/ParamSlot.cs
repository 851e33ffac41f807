using FormsEngine.Expressions;
using FormsEngine.Expressions.DotNet;

namespace FormsEngine.Rules.Runtime;

/// <summary>
/// One param of a scope: a field of the scope's schema, filled in order before the rule runs — either from its
/// compiled expression, or (for <c>EvaluateRule</c> additional inputs) from a value the calling rule computed.
/// </summary>
internal sealed class ParamSlot
{
    private readonly Lazy<Func<ExpressionRecord, object?>>? _value;

    private ParamSlot(string name, ExpressionField field, CompiledExpression? expression, ExpressionOptions options, int externalIndex)
    {
        Name = name;
        Field = field;
        Expression = expression;
        ExternalIndex = externalIndex;
        if (expression is not null)
        {
            _value = new(() => CompileBoxed(expression, options));
        }
    }

    public string Name { get; }

    public ExpressionField Field { get; }

    public CompiledExpression? Expression { get; }

    /// <summary>Index into the values passed by the calling rule, or -1 for a param with its own expression.</summary>
    public int ExternalIndex { get; }

    public static ParamSlot Computed(string name, ExpressionField field, CompiledExpression expression, ExpressionOptions options) =>
        new(name, field, expression, options, -1);

    public static ParamSlot External(string name, ExpressionField field, int index) =>
        new(name, field, null, ExpressionOptions.Default, index);

    /// <summary>Evaluates the param's expression on a record laid out by (a prefix of) its schema; throws on runtime errors.</summary>
    public object? Compute(ExpressionRecord record) => _value!.Value(record);

    public void WarmUp() => _ = _value?.Value;

    /// <summary>
    /// The typed value delegate of the expression, boxed. Params are stored back into records as typed values, so
    /// this reads the bound tree directly rather than going through JSON.
    /// </summary>
    internal static Func<ExpressionRecord, object?> CompileBoxed(CompiledExpression expression, ExpressionOptions options)
    {
        var lambda = DotNetEmitter.EmitValue(expression.Bound, options);
        var boxed = System.Linq.Expressions.Expression.Lambda<Func<ExpressionRecord, object?>>(
            System.Linq.Expressions.Expression.Convert(lambda.Body, typeof(object)),
            lambda.Parameters);
        return boxed.Compile(preferInterpretation: expression.UsesInterpretation);
    }
}
