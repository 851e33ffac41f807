using FormsEngine.Expressions.Runtime;

namespace FormsEngine.Expressions;

/// <summary>
/// The typed fast path for conditions (<c>visibleIf</c>, <c>requiredIf</c>, rule expressions): a compiled
/// <c>Func&lt;ExpressionRecord, bool&gt;</c> with null semantics built in — a null result counts as false.
/// It allocates nothing per call (the first <see cref="ExpressionOptions.TierUpAfter"/> calls run interpreted, then
/// the delegate is compiled to IL once). A runtime error (e.g. division by zero) also yields false; call
/// <see cref="CompiledExpression.Evaluate"/> to see the error itself.
/// </summary>
public sealed class CompiledPredicate
{
    private readonly DotNet.TieredDelegate<bool> _test;
    private readonly ExpressionSchema _schema;

    internal CompiledPredicate(DotNet.TieredDelegate<bool> test, ExpressionSchema schema)
    {
        _test = test;
        _schema = schema;
    }

    /// <summary>True once the condition runs as IL-compiled code.</summary>
    internal bool IsCompiledToIL => _test.IsPromoted;

    /// <summary>Evaluates the condition.</summary>
    public bool Test(ExpressionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!ReferenceEquals(record.Schema, _schema))
        {
            throw new ArgumentException("The record was created for a different schema.", nameof(record));
        }

        try
        {
            return _test.Invoke(record);
        }
        catch (ExpressionRuntimeException)
        {
            return false;
        }
    }
}
