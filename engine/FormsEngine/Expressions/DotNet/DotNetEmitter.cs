using System.Reflection;
using FormsEngine.Expressions.Binding;
using FormsEngine.Expressions.Runtime;
using FormsEngine.Expressions.Syntax;
using Linq = System.Linq.Expressions;
using LinqExpression = System.Linq.Expressions.Expression;

namespace FormsEngine.Expressions.DotNet;

/// <summary>
/// The .NET backend: a visitor that turns the bound tree into a LINQ expression tree over an
/// <see cref="ExpressionRecord"/>. Fields are read straight from the record's typed arrays; every operation calls a
/// typed helper from <c>Runtime/</c>, chosen here at compile time, so evaluation uses no reflection and no boxing.
/// </summary>
internal sealed partial class DotNetEmitter
{
    private readonly ExpressionOptions _options;
    private readonly Linq.ParameterExpression _root = LinqExpression.Parameter(typeof(ExpressionRecord), "record");
    private readonly Dictionary<int, Linq.ParameterExpression> _parameters = [];

    private DotNetEmitter(ExpressionOptions options)
    {
        _options = options;
    }

    /// <summary>A lambda returning the typed value (bool?, decimal?, string, DateOnly?, …) of <paramref name="node"/>.</summary>
    public static Linq.LambdaExpression EmitValue(BoundNode node, ExpressionOptions options)
    {
        var emitter = new DotNetEmitter(options);
        var body = emitter.Emit(node);
        var delegateType = typeof(Func<,>).MakeGenericType(typeof(ExpressionRecord), body.Type);
        return LinqExpression.Lambda(delegateType, body, "expression", [emitter._root]);
    }

    /// <summary>A predicate: null and false are both false.</summary>
    public static Linq.Expression<Func<ExpressionRecord, bool>> EmitPredicate(BoundNode node, ExpressionOptions options)
    {
        var emitter = new DotNetEmitter(options);
        return LinqExpression.Lambda<Func<ExpressionRecord, bool>>(emitter.EmitBool(node), "predicate", [emitter._root]);
    }

    private static Type ClrType(ExpressionType type) => StorageKinds.ClrType(type);

    private LinqExpression Emit(BoundNode node)
    {
        if (node.Type.Kind == ExpressionTypeKind.Boolean && IsPlainBool(node))
        {
            return LinqExpression.Convert(EmitBool(node), typeof(bool?));
        }

        return node switch
        {
            BoundLiteral literal => EmitLiteral(literal),
            BoundField field => EmitField(field),
            BoundParameter parameter => _parameters[parameter.Parameter.Id],
            BoundUnary unary => Helper(typeof(NumberSemantics), nameof(NumberSemantics.Negate), Emit(unary.Operand)),
            BoundBinary { Operator: BinaryOperator.Coalesce } coalesce => LinqExpression.Coalesce(Emit(coalesce.Left), Emit(coalesce.Right)),
            BoundBinary binary => EmitArithmetic(binary),
            BoundConcat concat => Helper(typeof(TextSemantics), nameof(TextSemantics.Concat), ToText(concat.Left), ToText(concat.Right)),
            BoundConditional conditional => LinqExpression.Condition(
                EmitBool(conditional.Condition), Emit(conditional.WhenTrue), Emit(conditional.WhenFalse), ClrType(conditional.Type)),
            BoundCall call => EmitCall(call),
            BoundCollectionCall collection => EmitCollection(collection),
            BoundIndex index => EmitIndex(index),
            _ => throw new InvalidOperationException($"Cannot emit {node.GetType().Name}; the binder should have reported an error."),
        };
    }

    /// <summary>True for boolean nodes that are never null (comparisons, logic, predicates).</summary>
    private static bool IsPlainBool(BoundNode node) => node switch
    {
        BoundBinary b => b.Operator is not BinaryOperator.Coalesce,
        BoundUnary => true,
        BoundCall => true,
        BoundCollectionCall => true,
        _ => false,
    };

    /// <summary>A non-nullable bool: null counts as false.</summary>
    private LinqExpression EmitBool(BoundNode node)
    {
        switch (node)
        {
            case BoundLiteral literal:
                return LinqExpression.Constant(literal.Value is true);
            case BoundBinary { Operator: BinaryOperator.And } and:
                return LinqExpression.AndAlso(EmitBool(and.Left), EmitBool(and.Right));
            case BoundBinary { Operator: BinaryOperator.Or } or:
                return LinqExpression.OrElse(EmitBool(or.Left), EmitBool(or.Right));
            case BoundBinary { Operator: not BinaryOperator.Coalesce } comparison:
                return EmitComparison(comparison);
            case BoundUnary { Operator: UnaryOperator.Not } not:
                return LinqExpression.Not(EmitBool(not.Operand));
            case BoundCall call:
                return EmitBoolCall(call);
            case BoundCollectionCall collection:
                return EmitCollection(collection);
            case BoundField { Receiver: null } field:
                // Root boolean field: present && value, without building a bool?.
                return LinqExpression.AndAlso(Present(_root, field.Field), Slot(_root, field.Field));
            default:
                var value = Emit(node);
                return LinqExpression.Call(value, typeof(bool?).GetMethod(nameof(Nullable<bool>.GetValueOrDefault), Type.EmptyTypes)!);
        }
    }

    private static Linq.ConstantExpression EmitLiteral(BoundLiteral literal)
    {
        var type = ClrType(literal.Type);
        return literal.Value switch
        {
            null => LinqExpression.Constant(null, type),
            DateOnly d => LinqExpression.Constant((DateOnly?)d, type),
            decimal d => LinqExpression.Constant((decimal?)d, type),
            bool b => LinqExpression.Constant((bool?)b, type),
            _ => LinqExpression.Constant(literal.Value, type),
        };
    }

    private LinqExpression EmitField(BoundField field)
    {
        if (field.Receiver is null)
        {
            return Read(_root, field.Field);
        }

        var receiver = Emit(field.Receiver);
        var temp = LinqExpression.Variable(typeof(ExpressionRecord), "owner");
        var type = ClrType(field.Type);
        return LinqExpression.Block(
            type,
            [temp],
            LinqExpression.Assign(temp, receiver),
            LinqExpression.Condition(LinqExpression.Equal(temp, LinqExpression.Constant(null, typeof(ExpressionRecord))), LinqExpression.Constant(null, type), Read(temp, field.Field)));
    }

    /// <summary>Reads a field as its nullable CLR type: present ? (T?)slot : null.</summary>
    private static LinqExpression Read(LinqExpression record, ExpressionField field)
    {
        var type = ClrType(field.Type);
        return field.Storage switch
        {
            StorageKind.Text => Slot(record, field),
            StorageKind.Reference => LinqExpression.Convert(Slot(record, field), type),
            _ => LinqExpression.Condition(Present(record, field), LinqExpression.Convert(Slot(record, field), type), LinqExpression.Constant(null, type)),
        };
    }

    private static Linq.BinaryExpression Present(LinqExpression record, ExpressionField field) =>
        LinqExpression.ArrayIndex(LinqExpression.Field(record, nameof(ExpressionRecord.Present)), LinqExpression.Constant(field.Ordinal));

    private static Linq.BinaryExpression Slot(LinqExpression record, ExpressionField field)
    {
        var array = field.Storage switch
        {
            StorageKind.Boolean => nameof(ExpressionRecord.Booleans),
            StorageKind.Number => nameof(ExpressionRecord.Numbers),
            StorageKind.Text => nameof(ExpressionRecord.Texts),
            StorageKind.Date => nameof(ExpressionRecord.Dates),
            StorageKind.DateTime => nameof(ExpressionRecord.DateTimes),
            StorageKind.Time => nameof(ExpressionRecord.Times),
            _ => nameof(ExpressionRecord.References),
        };
        return LinqExpression.ArrayIndex(LinqExpression.Field(record, array), LinqExpression.Constant(field.Slot));
    }

    private Linq.MethodCallExpression EmitArithmetic(BoundBinary binary)
    {
        var method = binary.Operator switch
        {
            BinaryOperator.Add => nameof(NumberSemantics.Add),
            BinaryOperator.Subtract => nameof(NumberSemantics.Subtract),
            BinaryOperator.Multiply => nameof(NumberSemantics.Multiply),
            BinaryOperator.Divide => nameof(NumberSemantics.Divide),
            _ => nameof(NumberSemantics.Remainder),
        };
        return Helper(typeof(NumberSemantics), method, Emit(binary.Left), Emit(binary.Right));
    }

    private LinqExpression ToText(BoundNode node)
    {
        var value = Emit(node);
        return value.Type == typeof(object)
            ? LinqExpression.Constant("")
            : Helper(typeof(TextSemantics), nameof(TextSemantics.ToText), value);
    }

    /// <summary>Calls a static helper chosen by name and argument types (resolved now, at compile time).</summary>
    private static Linq.MethodCallExpression Helper(Type owner, string name, params LinqExpression[] args)
    {
        var types = args.Select(a => a.Type).ToArray();
        var method = owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static, types)
            ?? throw new InvalidOperationException($"No helper {owner.Name}.{name}({string.Join(", ", types.Select(t => t.Name))}).");
        return LinqExpression.Call(method, args);
    }
}
