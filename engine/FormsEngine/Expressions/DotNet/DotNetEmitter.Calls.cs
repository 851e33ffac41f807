using FormsEngine.Expressions.Binding;
using FormsEngine.Expressions.Functions;
using FormsEngine.Expressions.Runtime;
using FormsEngine.Expressions.Syntax;
using Linq = System.Linq.Expressions;
using LinqExpression = System.Linq.Expressions.Expression;

namespace FormsEngine.Expressions.DotNet;

/// <summary>Comparisons and built-in function calls.</summary>
internal sealed partial class DotNetEmitter
{
    private LinqExpression EmitComparison(BoundBinary binary)
    {
        var op = binary.Operator;
        var isEquality = op is BinaryOperator.Equal or BinaryOperator.NotEqual;

        // x == null / x != null for any type, including records and lists.
        if (isEquality && (binary.Left is BoundLiteral { Value: null } || binary.Right is BoundLiteral { Value: null }))
        {
            var other = Emit(binary.Left is BoundLiteral { Value: null } ? binary.Right : binary.Left);
            var isNull = LinqExpression.Equal(other, LinqExpression.Constant(null, other.Type));
            return op == BinaryOperator.Equal ? isNull : LinqExpression.Not(isNull);
        }

        // Hot path: a root field against a non-null literal reads the slot directly.
        if (binary.Left is BoundField { Receiver: null } field && binary.Right is BoundLiteral { Value: not null } literal
            && field.Field.Storage is StorageKind.Number or StorageKind.Text or StorageKind.Boolean)
        {
            return EmitFieldAgainstLiteral(op, field.Field, literal.Value);
        }

        var left = Emit(binary.Left);
        var right = Emit(binary.Right);
        if (isEquality)
        {
            var equal = Helper(typeof(Comparisons), nameof(Comparisons.Equal), left, right);
            return op == BinaryOperator.Equal ? equal : LinqExpression.Not(equal);
        }

        var compare = Helper(typeof(Comparisons), nameof(Comparisons.Compare), left, right);
        var temp = LinqExpression.Variable(typeof(int?), "cmp");
        var value = LinqExpression.Call(temp, typeof(int?).GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!);
        var zero = LinqExpression.Constant(0);
        LinqExpression test = op switch
        {
            BinaryOperator.Less => LinqExpression.LessThan(value, zero),
            BinaryOperator.LessOrEqual => LinqExpression.LessThanOrEqual(value, zero),
            BinaryOperator.Greater => LinqExpression.GreaterThan(value, zero),
            _ => LinqExpression.GreaterThanOrEqual(value, zero),
        };
        return LinqExpression.Block(
            typeof(bool),
            [temp],
            LinqExpression.Assign(temp, compare),
            LinqExpression.AndAlso(LinqExpression.Property(temp, nameof(Nullable<int>.HasValue)), test));
    }

    private LinqExpression EmitFieldAgainstLiteral(BinaryOperator op, ExpressionField field, object value)
    {
        var slot = Slot(_root, field);
        if (field.Storage == StorageKind.Text)
        {
            var text = LinqExpression.Constant((string)value);
            if (op is BinaryOperator.Equal or BinaryOperator.NotEqual)
            {
                var equal = LinqExpression.Call(typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!, slot, text);
                return op == BinaryOperator.Equal ? equal : LinqExpression.Not(equal);
            }

            var ordinal = LinqExpression.Call(typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!, slot, text);
            return LinqExpression.AndAlso(
                LinqExpression.NotEqual(slot, LinqExpression.Constant(null, typeof(string))),
                Relational(op, ordinal, LinqExpression.Constant(0)));
        }

        var constant = LinqExpression.Constant(value, value.GetType());
        var present = Present(_root, field);
        return op == BinaryOperator.NotEqual
            ? LinqExpression.OrElse(LinqExpression.Not(present), LinqExpression.NotEqual(slot, constant))
            : LinqExpression.AndAlso(present, Relational(op, slot, constant));
    }

    private static Linq.BinaryExpression Relational(BinaryOperator op, LinqExpression left, LinqExpression right) => op switch
    {
        BinaryOperator.Equal => LinqExpression.Equal(left, right),
        BinaryOperator.NotEqual => LinqExpression.NotEqual(left, right),
        BinaryOperator.Less => LinqExpression.LessThan(left, right),
        BinaryOperator.LessOrEqual => LinqExpression.LessThanOrEqual(left, right),
        BinaryOperator.Greater => LinqExpression.GreaterThan(left, right),
        _ => LinqExpression.GreaterThanOrEqual(left, right),
    };

    private LinqExpression EmitBoolCall(BoundCall call)
    {
        var args = call.Function == BuiltinFunction.In ? Array.Empty<LinqExpression>() : call.Arguments.Select(Emit).ToArray();
        return call.Function switch
        {
            BuiltinFunction.IdValid => Helper(typeof(TextSemantics), nameof(TextSemantics.IdValid), args),
            BuiltinFunction.Matches => Helper(typeof(TextSemantics), nameof(TextSemantics.Matches), args[0], LinqExpression.Constant(call.Pattern!.Regex)),
            BuiltinFunction.IsBlankText => Helper(typeof(TextSemantics), nameof(TextSemantics.IsBlank), args),
            BuiltinFunction.IsBlankList => Helper(typeof(ListOperations), nameof(ListOperations.IsBlank), args),
            BuiltinFunction.IsNull => LinqExpression.Equal(args[0], LinqExpression.Constant(null, args[0].Type)),
            BuiltinFunction.TextContains => Helper(typeof(TextSemantics), nameof(TextSemantics.Contains), args),
            BuiltinFunction.TextStartsWith => Helper(typeof(TextSemantics), nameof(TextSemantics.StartsWith), args),
            BuiltinFunction.TextEndsWith => Helper(typeof(TextSemantics), nameof(TextSemantics.EndsWith), args),
            BuiltinFunction.ListContains => LinqExpression.Call(
                typeof(ListOperations).GetMethod(nameof(ListOperations.Contains))!.MakeGenericMethod(args[1].Type), args),
            BuiltinFunction.In => EmitIn(call),
            _ => throw new InvalidOperationException($"{call.Function} is not a boolean function."),
        };
    }

    /// <summary><c>in(x, a, b)</c> as <c>x == a || x == b</c> with x evaluated once; no array is allocated.</summary>
    private Linq.BlockExpression EmitIn(BoundCall call)
    {
        var value = Emit(call.Arguments[0]);
        var temp = LinqExpression.Variable(value.Type, "value");
        LinqExpression? test = null;
        foreach (var option in call.Arguments.Skip(1))
        {
            var equal = Helper(typeof(Comparisons), nameof(Comparisons.Equal), temp, Emit(option));
            test = test is null ? equal : LinqExpression.OrElse(test, equal);
        }

        var notNull = LinqExpression.NotEqual(temp, LinqExpression.Constant(null, value.Type));
        return LinqExpression.Block(typeof(bool), [temp], LinqExpression.Assign(temp, value), LinqExpression.AndAlso(notNull, test!));
    }

    private LinqExpression EmitCall(BoundCall call)
    {
        if (call.Type.Kind == ExpressionTypeKind.Boolean)
        {
            return LinqExpression.Convert(EmitBoolCall(call), typeof(bool?));
        }

        var args = call.Arguments.Select(Emit).ToArray();
        var options = LinqExpression.Constant(_options);
        return call.Function switch
        {
            BuiltinFunction.Today => Helper(typeof(TemporalSemantics), nameof(TemporalSemantics.Today), options),
            BuiltinFunction.Now => Helper(typeof(TemporalSemantics), nameof(TemporalSemantics.Now), options),
            BuiltinFunction.DateFromText => Helper(typeof(TemporalSemantics), nameof(TemporalSemantics.ParseDate), args),
            BuiltinFunction.DateFromDateTime => Helper(typeof(TemporalSemantics), nameof(TemporalSemantics.DatePart), args),
            BuiltinFunction.Age => Helper(typeof(TemporalSemantics), nameof(TemporalSemantics.Age), args[0], options),
            BuiltinFunction.DaysBetween => Helper(typeof(TemporalSemantics), nameof(TemporalSemantics.DaysBetween), args),
            BuiltinFunction.IdBirthDate => Helper(typeof(TextSemantics), nameof(TextSemantics.IdBirthDate), args),
            BuiltinFunction.IdSex => Helper(typeof(TextSemantics), nameof(TextSemantics.IdSex), args),
            BuiltinFunction.IdRegion => Helper(typeof(TextSemantics), nameof(TextSemantics.IdRegion), args),
            BuiltinFunction.TextLength => LinqExpression.Convert(Helper(typeof(TextSemantics), nameof(TextSemantics.Length), args), typeof(decimal?)),
            BuiltinFunction.ListLength => LinqExpression.Convert(
                Helper(typeof(ListOperations), nameof(ListOperations.Length), LinqExpression.Convert(args[0], typeof(Array))), typeof(decimal?)),
            BuiltinFunction.TextToUpper => Helper(typeof(TextSemantics), nameof(TextSemantics.ToUpper), args),
            BuiltinFunction.TextToLower => Helper(typeof(TextSemantics), nameof(TextSemantics.ToLower), args),
            BuiltinFunction.TextTrim => Helper(typeof(TextSemantics), nameof(TextSemantics.Trim), args),
            BuiltinFunction.Round => Helper(typeof(NumberSemantics), nameof(NumberSemantics.RoundTo), args),
            BuiltinFunction.Min => args.Skip(1).Aggregate(args[0], (acc, next) => Helper(typeof(NumberSemantics), nameof(NumberSemantics.Min), acc, next)),
            BuiltinFunction.Max => args.Skip(1).Aggregate(args[0], (acc, next) => Helper(typeof(NumberSemantics), nameof(NumberSemantics.Max), acc, next)),
            _ => throw new InvalidOperationException($"{call.Function} has no .NET translation."),
        };
    }

    private Linq.MethodCallExpression EmitIndex(BoundIndex index)
    {
        var source = Emit(index.Source);
        var element = source.Type.GetElementType()!;
        var at = typeof(ListOperations).GetMethod(nameof(ListOperations.At))!.MakeGenericMethod(element);
        return LinqExpression.Call(at, source, Emit(index.Index));
    }
}
