using FormsEngine.Expressions.Binding;
using FormsEngine.Expressions.Functions;
using FormsEngine.Expressions.Runtime;
using Linq = System.Linq.Expressions;
using LinqExpression = System.Linq.Expressions.Expression;

namespace FormsEngine.Expressions.DotNet;

/// <summary>
/// Any, All, Count, Sum, Where and Select as inline loops over the list array: no delegates, closures or LINQ
/// iterators are allocated (Where and Select allocate only their result).
/// </summary>
internal sealed partial class DotNetEmitter
{
    private LinqExpression EmitCollection(BoundCollectionCall call)
    {
        var source = Emit(call.Source);
        var elementType = source.Type.GetElementType()!;
        var item = LinqExpression.Variable(elementType, call.Parameter?.Name ?? "item");
        if (call.Parameter is not null)
        {
            _parameters[call.Parameter.Id] = item;
        }

        var exit = LinqExpression.Label("exit");
        switch (call.Method)
        {
            case CollectionMethod.Any when call.Body is null:
                return LinqExpression.GreaterThan(
                    Helper(typeof(ListOperations), nameof(ListOperations.Length), LinqExpression.Convert(source, typeof(Array))),
                    LinqExpression.Constant(0m));
            case CollectionMethod.Count when call.Body is null:
                return LinqExpression.Convert(
                    Helper(typeof(ListOperations), nameof(ListOperations.Length), LinqExpression.Convert(source, typeof(Array))), typeof(decimal?));
            case CollectionMethod.Any or CollectionMethod.All:
            {
                var isAny = call.Method == CollectionMethod.Any;
                var result = LinqExpression.Variable(typeof(bool), "result");
                var test = EmitBool(call.Body!);
                var body = LinqExpression.IfThen(
                    isAny ? test : LinqExpression.Not(test),
                    LinqExpression.Block(LinqExpression.Assign(result, LinqExpression.Constant(isAny)), LinqExpression.Break(exit)));
                return Loop(source, item, exit, result, LinqExpression.Constant(!isAny), body);
            }

            case CollectionMethod.Count:
            {
                var result = LinqExpression.Variable(typeof(int), "count");
                var body = LinqExpression.IfThen(EmitBool(call.Body!), LinqExpression.PreIncrementAssign(result));
                return LinqExpression.Convert(Loop(source, item, exit, result, LinqExpression.Constant(0), body), typeof(decimal?));
            }

            case CollectionMethod.Sum:
            {
                var result = LinqExpression.Variable(typeof(decimal?), "sum");
                var value = call.Body is null ? item : Emit(call.Body);
                var add = Helper(typeof(NumberSemantics), nameof(NumberSemantics.Add), result, value);
                var body = LinqExpression.Assign(result, LinqExpression.Coalesce(add, result));
                return Loop(source, item, exit, result, LinqExpression.Constant(0m, typeof(decimal?)), body);
            }

            default:
            {
                // Where / Select: collect into a List<T>, then ToArray().
                var outputType = call.Method == CollectionMethod.Where ? elementType : StorageKinds.ClrType(call.Body!.Type);
                var listType = typeof(List<>).MakeGenericType(outputType);
                var list = LinqExpression.Variable(listType, "items");
                LinqExpression body = call.Method == CollectionMethod.Where
                    ? LinqExpression.IfThen(EmitBool(call.Body!), LinqExpression.Call(list, listType.GetMethod(nameof(List<int>.Add))!, item))
                    : LinqExpression.Call(list, listType.GetMethod(nameof(List<int>.Add))!, Emit(call.Body!));
                var filled = Loop(source, item, exit, list, LinqExpression.New(listType), body);
                return LinqExpression.Call(filled, listType.GetMethod(nameof(List<int>.ToArray))!);
            }
        }
    }

    /// <summary>
    /// <c>result = initial; if (source != null) for (i = 0; i &lt; source.Length; i++) { item = source[i]; body; }</c>,
    /// where <paramref name="body"/> may jump to <paramref name="exit"/>; the block's value is <paramref name="result"/>.
    /// </summary>
    private static Linq.BlockExpression Loop(
        LinqExpression source, Linq.ParameterExpression item, Linq.LabelTarget exit, Linq.ParameterExpression result, LinqExpression initial, LinqExpression body)
    {
        var array = LinqExpression.Variable(source.Type, "list");
        var index = LinqExpression.Variable(typeof(int), "i");
        var loop = LinqExpression.Loop(
            LinqExpression.Block(
                LinqExpression.IfThen(
                    LinqExpression.GreaterThanOrEqual(index, LinqExpression.ArrayLength(array)),
                    LinqExpression.Break(exit)),
                LinqExpression.Assign(item, LinqExpression.ArrayIndex(array, index)),
                body,
                LinqExpression.PreIncrementAssign(index)),
            exit);
        return LinqExpression.Block(
            result.Type,
            [array, index, item, result],
            LinqExpression.Assign(result, initial),
            LinqExpression.Assign(array, source),
            LinqExpression.IfThen(
                LinqExpression.NotEqual(array, LinqExpression.Constant(null, source.Type)),
                LinqExpression.Block(LinqExpression.Assign(index, LinqExpression.Constant(0)), loop)),
            result);
    }
}
