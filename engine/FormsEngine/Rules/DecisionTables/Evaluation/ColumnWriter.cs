using FormsEngine.Expressions;
using FormsEngine.Expressions.DotNet;

namespace FormsEngine.Rules.DecisionTables.Evaluation;

/// <summary>
/// Evaluates an input column once per evaluation and stores the typed value in the column's field of the evaluation
/// record, where the cell predicates read it. Uses the typed .NET delegate, so scalars are never boxed.
/// </summary>
internal static class ColumnWriter
{
    public static Action<ExpressionRecord> Create(CompiledExpression expression, ExpressionField target, ExpressionOptions options)
    {
        var compiled = DotNetEmitter.EmitValue(expression.Bound, options).Compile(preferInterpretation: expression.UsesInterpretation);
        var slot = target.Slot;
        var ordinal = target.Ordinal;
        return compiled switch
        {
            Func<ExpressionRecord, bool?> f => r => Store(r, r.Booleans, slot, ordinal, f(r)),
            Func<ExpressionRecord, decimal?> f => r => Store(r, r.Numbers, slot, ordinal, f(r)),
            Func<ExpressionRecord, DateOnly?> f => r => Store(r, r.Dates, slot, ordinal, f(r)),
            Func<ExpressionRecord, DateTime?> f => r => Store(r, r.DateTimes, slot, ordinal, f(r)),
            Func<ExpressionRecord, TimeOnly?> f => r => Store(r, r.Times, slot, ordinal, f(r)),
            Func<ExpressionRecord, string?> f => r =>
            {
                var value = f(r);
                r.Texts[slot] = value;
                r.Present[ordinal] = value is not null;
            },
            Func<ExpressionRecord, object?> f => r =>
            {
                var value = f(r);
                r.References[slot] = value;
                r.Present[ordinal] = value is not null;
            },
            _ => throw new InvalidOperationException($"Unexpected column delegate {compiled.GetType().Name}."),
        };
    }

    private static void Store<T>(ExpressionRecord record, T[] values, int slot, int ordinal, T? value)
        where T : struct
    {
        values[slot] = value.GetValueOrDefault();
        record.Present[ordinal] = value.HasValue;
    }
}
