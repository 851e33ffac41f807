using FormsEngine.Expressions.Functions;
using FormsEngine.Expressions.Syntax;

namespace FormsEngine.Expressions.Binding;

/// <summary>Methods on text (Contains, StartsWith…) and on lists (Any, All, Count, Sum, Where, Select, Contains).</summary>
internal sealed partial class Binder
{
    private BoundNode BindMethod(CallSyntax call, MemberSyntax member)
    {
        var target = BindNode(member.Target);
        if (target.Type.Kind == ExpressionTypeKind.Unknown)
        {
            BindArguments(call, member.Name);
            return new BoundError(call.Span);
        }

        return target.Type.Kind switch
        {
            ExpressionTypeKind.Text => BindTextMethod(call, member, target),
            ExpressionTypeKind.List => BindListMethod(call, member, target),
            _ => MethodNotAllowed(call, member, target.Type),
        };
    }

    private BoundError MethodNotAllowed(CallSyntax call, MemberSyntax member, ExpressionType type)
    {
        BindArguments(call, member.Name);
        return member.Name is "GetType" or "GetHashCode" or "Invoke" or "DynamicInvoke" or "MemberwiseClone" or "Finalize"
            ? Error(member.NameSpan, BindingMessages.NotAllowed(member.Name))
            : Error(member.NameSpan, MemberNotAllowed(member.Name, type));
    }

    private BoundNode BindTextMethod(CallSyntax call, MemberSyntax member, BoundNode target)
    {
        (BuiltinFunction Function, int Arity, ExpressionType Type)? method = member.Name switch
        {
            "Contains" => (BuiltinFunction.TextContains, 1, ExpressionType.Boolean),
            "StartsWith" => (BuiltinFunction.TextStartsWith, 1, ExpressionType.Boolean),
            "EndsWith" => (BuiltinFunction.TextEndsWith, 1, ExpressionType.Boolean),
            "ToUpper" => (BuiltinFunction.TextToUpper, 0, ExpressionType.Text),
            "ToLower" => (BuiltinFunction.TextToLower, 0, ExpressionType.Text),
            "Trim" => (BuiltinFunction.TextTrim, 0, ExpressionType.Text),
            _ => null,
        };
        if (method is not { } m)
        {
            return MethodNotAllowed(call, member, target.Type);
        }

        var args = BindArguments(call, member.Name);
        if (args.Count != m.Arity)
        {
            return Error(call.Span, BindingMessages.ArgumentCount(member.Name, m.Arity, m.Arity, args.Count));
        }

        var typed = args.Select((a, i) => Expect(a, ExpressionType.Text, member.Name, i + 1)).ToList();
        return typed.Any(a => a.Type.Kind == ExpressionTypeKind.Unknown)
            ? new BoundError(call.Span)
            : new BoundCall(call.Span, m.Type, m.Function, [target, .. typed]);
    }

    private BoundNode BindListMethod(CallSyntax call, MemberSyntax member, BoundNode target)
    {
        var element = target.Type.ElementType!;
        if (member.Name == "Contains")
        {
            var args = BindArguments(call, member.Name);
            if (args.Count != 1)
            {
                return Error(call.Span, BindingMessages.ArgumentCount(member.Name, 1, 1, args.Count));
            }

            if (!element.IsScalar)
            {
                return Error(member.NameSpan, BindingMessages.MemberNotAllowed(member.Name, target.Type, "Any, All, Count, Sum, Where, Select"));
            }

            var item = Expect(args[0], element, member.Name, 1);
            return item.Type.Kind == ExpressionTypeKind.Unknown
                ? new BoundError(call.Span)
                : new BoundCall(call.Span, ExpressionType.Boolean, BuiltinFunction.ListContains, [target, item]);
        }

        CollectionMethod? method = member.Name switch
        {
            "Any" => CollectionMethod.Any,
            "All" => CollectionMethod.All,
            "Count" => CollectionMethod.Count,
            "Sum" => CollectionMethod.Sum,
            "Where" => CollectionMethod.Where,
            "Select" => CollectionMethod.Select,
            _ => null,
        };
        if (method is not { } kind)
        {
            return MethodNotAllowed(call, member, target.Type);
        }

        if (call.Arguments.Count > 1)
        {
            BindArguments(call, member.Name);
            return Error(call.Span, BindingMessages.ArgumentCount(member.Name, 0, 1, call.Arguments.Count));
        }

        if (call.Arguments.Count == 0)
        {
            return BindCollectionWithoutLambda(call, member, target, kind);
        }

        if (call.Arguments[0] is not LambdaSyntax lambda)
        {
            BindArguments(call, member.Name);
            return Error(call.Arguments[0].Span, BindingMessages.LambdaExpected(member.Name));
        }

        var parameter = new LambdaParameter(lambda.Parameter, element, _nextParameterId++);
        _parameterPaths[parameter] = PathOf(target);
        _scope.Add(parameter);
        var body = BindNode(lambda.Body);
        _scope.RemoveAt(_scope.Count - 1);
        if (body.Type.Kind == ExpressionTypeKind.Unknown)
        {
            return new BoundError(call.Span);
        }

        if (kind == CollectionMethod.Select)
        {
            return body.Type.IsScalar || body.Type.Kind == ExpressionTypeKind.Record
                ? new BoundCollectionCall(call.Span, ExpressionType.List(body.Type), kind, target, parameter, body)
                : Error(lambda.Body.Span, BindingMessages.OperandType("Select", "单个值或记录", "a single value or a record", body.Type));
        }

        var expected = kind == CollectionMethod.Sum ? ExpressionType.Number : ExpressionType.Boolean;
        body = Retype(body, expected);
        if (body.Type != expected)
        {
            return Error(lambda.Body.Span, BindingMessages.OperandType(member.Name, expected.DisplayNameZh, expected == ExpressionType.Number ? "a number" : "a boolean condition", body.Type));
        }

        var resultType = kind switch
        {
            CollectionMethod.Where => target.Type,
            CollectionMethod.Count or CollectionMethod.Sum => ExpressionType.Number,
            _ => ExpressionType.Boolean,
        };
        return new BoundCollectionCall(call.Span, resultType, kind, target, parameter, body);
    }

    private BoundNode BindCollectionWithoutLambda(CallSyntax call, MemberSyntax member, BoundNode target, CollectionMethod kind)
    {
        switch (kind)
        {
            case CollectionMethod.Any:
                return new BoundCollectionCall(call.Span, ExpressionType.Boolean, kind, target, null, null);
            case CollectionMethod.Count:
                return new BoundCollectionCall(call.Span, ExpressionType.Number, kind, target, null, null);
            case CollectionMethod.Sum when target.Type.ElementType!.Kind == ExpressionTypeKind.Number:
                return new BoundCollectionCall(call.Span, ExpressionType.Number, kind, target, null, null);
            default:
                return Error(call.Span, BindingMessages.LambdaExpected(member.Name));
        }
    }
}
