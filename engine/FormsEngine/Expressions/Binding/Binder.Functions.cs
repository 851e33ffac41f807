using FormsEngine.Expressions.Functions;
using FormsEngine.Expressions.Runtime;
using FormsEngine.Expressions.Syntax;

namespace FormsEngine.Expressions.Binding;

/// <summary>The global built-in functions: dates, ID numbers, text and numbers.</summary>
internal sealed partial class Binder
{
    private static readonly string[] FunctionNames =
    [
        "today", "now", "date", "age", "daysBetween", "idValid", "idBirthDate", "idSex", "idRegion",
        "len", "matches", "isBlank", "in", "round", "min", "max",
    ];

    private BoundNode BindCall(CallSyntax call)
    {
        switch (call.Callee)
        {
            case NameSyntax name:
                return BindFunction(call, name);
            case MemberSyntax member:
                if (UnresolvedChain(member) is { } error)
                {
                    BindArguments(call);
                    return error;
                }

                return BindMethod(call, member);
            default:
                BindArguments(call);
                return Error(call.Span, BindingMessages.NotCallable());
        }
    }

    private List<BoundNode> BindArguments(CallSyntax call, string? function = null)
    {
        var result = new List<BoundNode>();
        foreach (var argument in call.Arguments)
        {
            if (argument is LambdaSyntax lambda)
            {
                result.Add(Error(lambda.Span, function is null ? SyntaxMessages.LambdaOutsideCall() : BindingMessages.LambdaNotAllowed(function)));
            }
            else
            {
                result.Add(BindNode(argument));
            }
        }

        return result;
    }

    private BoundNode BindFunction(CallSyntax call, NameSyntax name)
    {
        var canonical = FunctionNames.FirstOrDefault(f => string.Equals(f, name.Name, StringComparison.OrdinalIgnoreCase));
        var args = BindArguments(call, canonical ?? name.Name);
        if (canonical is null)
        {
            return SystemRoots.Contains(name.Name) ? Error(name.Span, BindingMessages.NotAllowed(name.Name))
                : _schema.TryGetField(name.Name, out _) || _scope.Any(p => p.Name == name.Name) ? Error(name.Span, BindingMessages.FieldNotCallable(name.Name))
                : Error(name.Span, BindingMessages.UnknownFunction(name.Name, NameSuggester.Suggest(name.Name, FunctionNames)));
        }

        (int Min, int Max) arity = canonical switch
        {
            "today" or "now" => (0, 0),
            "daysBetween" or "matches" => (2, 2),
            "round" => (1, 2),
            "in" or "min" or "max" => (2, int.MaxValue),
            _ => (1, 1),
        };
        if (args.Count < arity.Min || args.Count > arity.Max)
        {
            return Error(call.Span, BindingMessages.ArgumentCount(canonical, arity.Min, arity.Max, args.Count));
        }

        if (args.Any(a => a.Type.Kind == ExpressionTypeKind.Unknown))
        {
            return new BoundError(call.Span);
        }

        var span = call.Span;
        return canonical switch
        {
            "today" => new BoundCall(span, ExpressionType.Date, BuiltinFunction.Today, []),
            "now" => new BoundCall(span, ExpressionType.DateTime, BuiltinFunction.Now, []),
            "date" => BindDate(span, args[0]),
            "age" => Call(span, ExpressionType.Number, BuiltinFunction.Age, AsDate(args[0], canonical, 1)),
            "daysBetween" => Call(span, ExpressionType.Number, BuiltinFunction.DaysBetween, AsDate(args[0], canonical, 1), AsDate(args[1], canonical, 2)),
            "idValid" => Call(span, ExpressionType.Boolean, BuiltinFunction.IdValid, Expect(args[0], ExpressionType.Text, canonical, 1)),
            "idBirthDate" => Call(span, ExpressionType.Date, BuiltinFunction.IdBirthDate, Expect(args[0], ExpressionType.Text, canonical, 1)),
            "idSex" => Call(span, ExpressionType.Text, BuiltinFunction.IdSex, Expect(args[0], ExpressionType.Text, canonical, 1)),
            "idRegion" => Call(span, ExpressionType.Text, BuiltinFunction.IdRegion, Expect(args[0], ExpressionType.Text, canonical, 1)),
            "len" => BindLen(span, args[0]),
            "matches" => BindMatches(call, args),
            "isBlank" => BindIsBlank(span, args[0]),
            "in" => BindIn(span, args),
            "round" => BindRound(call, args),
            _ => Call(
                span,
                ExpressionType.Number,
                canonical == "min" ? BuiltinFunction.Min : BuiltinFunction.Max,
                [.. args.Select((a, i) => Expect(a, ExpressionType.Number, canonical, i + 1))]),
        };
    }

    private BoundNode BindDate(TextSpan span, BoundNode arg)
    {
        switch (arg.Type.Kind)
        {
            case ExpressionTypeKind.Null:
                return new BoundLiteral(span, ExpressionType.Date, null);
            case ExpressionTypeKind.Date:
                return arg;
            case ExpressionTypeKind.DateTime:
                return new BoundCall(span, ExpressionType.Date, BuiltinFunction.DateFromDateTime, [arg]);
            case ExpressionTypeKind.Text when arg is BoundLiteral { Value: string text }:
                return TemporalSemantics.ParseDate(text) is { } date
                    ? new BoundLiteral(span, ExpressionType.Date, date)
                    : Error(arg.Span, BindingMessages.DateLiteral(text));
            case ExpressionTypeKind.Text:
                return new BoundCall(span, ExpressionType.Date, BuiltinFunction.DateFromText, [arg]);
            default:
                return Error(arg.Span, BindingMessages.ArgumentType("date", 1, "文本或日期时间", "text or a datetime", arg.Type));
        }
    }

    private BoundNode BindLen(TextSpan span, BoundNode arg) => arg.Type.Kind switch
    {
        ExpressionTypeKind.Text => new BoundCall(span, ExpressionType.Number, BuiltinFunction.TextLength, [arg]),
        ExpressionTypeKind.List => new BoundCall(span, ExpressionType.Number, BuiltinFunction.ListLength, [arg]),
        ExpressionTypeKind.Null => new BoundLiteral(span, ExpressionType.Number, 0m),
        _ => Error(arg.Span, BindingMessages.ArgumentType("len", 1, "文本或列表", "text or a list", arg.Type)),
    };

    private static BoundNode BindIsBlank(TextSpan span, BoundNode arg) => arg.Type.Kind switch
    {
        ExpressionTypeKind.Text => new BoundCall(span, ExpressionType.Boolean, BuiltinFunction.IsBlankText, [arg]),
        ExpressionTypeKind.List => new BoundCall(span, ExpressionType.Boolean, BuiltinFunction.IsBlankList, [arg]),
        ExpressionTypeKind.Null => new BoundLiteral(span, ExpressionType.Boolean, true),
        _ => new BoundCall(span, ExpressionType.Boolean, BuiltinFunction.IsNull, [arg]),
    };

    private BoundNode BindIn(TextSpan span, List<BoundNode> args)
    {
        var type = args.FirstOrDefault(a => a.Type.Kind != ExpressionTypeKind.Null)?.Type ?? ExpressionType.Null;
        if (type.Kind == ExpressionTypeKind.Null)
        {
            return new BoundLiteral(span, ExpressionType.Boolean, false);
        }

        if (!type.IsScalar)
        {
            return Error(args[0].Span, BindingMessages.ArgumentType("in", 1, "数字、文本、日期等单个值", "a single value such as a number, text or date", type));
        }

        var typed = args.Select((a, i) => Expect(a, type, "in", i + 1)).ToArray();
        return typed.Any(a => a is BoundError) ? new BoundError(span) : new BoundCall(span, ExpressionType.Boolean, BuiltinFunction.In, typed);
    }

    private BoundNode BindRound(CallSyntax call, List<BoundNode> args)
    {
        var value = Expect(args[0], ExpressionType.Number, "round", 1);
        var digits = args.Count > 1 ? Expect(args[1], ExpressionType.Number, "round", 2) : new BoundLiteral(call.Span, ExpressionType.Number, 0m);
        if (digits is BoundLiteral { Value: decimal d } && (d < 0 || d > NumberSemantics.Scale || d != decimal.Truncate(d)))
        {
            return Error(digits.Span, BindingMessages.RoundDigits());
        }

        return value is BoundError || digits is BoundError
            ? new BoundError(call.Span)
            : new BoundCall(call.Span, ExpressionType.Number, BuiltinFunction.Round, [value, digits]);
    }

    private BoundNode BindMatches(CallSyntax call, List<BoundNode> args)
    {
        var text = Expect(args[0], ExpressionType.Text, "matches", 1);
        if (args[1] is not BoundLiteral { Value: string pattern })
        {
            return Error(call.Arguments[1].Span, BindingMessages.RegexNotLiteral());
        }

        var checkedPattern = RegexPolicy.Check(pattern, _options, out var problem);
        if (checkedPattern is null)
        {
            return Error(args[1].Span, problem!);
        }

        return text is BoundError
            ? new BoundError(call.Span)
            : new BoundCall(call.Span, ExpressionType.Boolean, BuiltinFunction.Matches, [text], checkedPattern);
    }

    private BoundNode AsDate(BoundNode arg, string function, int position) => arg.Type.Kind switch
    {
        ExpressionTypeKind.DateTime => new BoundCall(arg.Span, ExpressionType.Date, BuiltinFunction.DateFromDateTime, [arg]),
        ExpressionTypeKind.Date => arg,
        ExpressionTypeKind.Null => new BoundLiteral(arg.Span, ExpressionType.Date, null),
        _ => Error(arg.Span, BindingMessages.ArgumentType(function, position, "日期", "a date", arg.Type)),
    };

    private BoundNode Expect(BoundNode arg, ExpressionType expected, string function, int position)
    {
        arg = Retype(arg, expected);
        return arg.Type == expected || arg.Type.Kind == ExpressionTypeKind.Unknown
            ? arg
            : Error(arg.Span, BindingMessages.ArgumentType(function, position, expected.DisplayNameZh, expected.DisplayNameEn, arg.Type));
    }

    private static BoundNode Call(TextSpan span, ExpressionType type, BuiltinFunction function, params BoundNode[] args) =>
        args.Any(a => a is BoundError) ? new BoundError(span) : new BoundCall(span, type, function, args);
}
