using FormsEngine.Expressions.Syntax;

namespace FormsEngine.Expressions.Binding;

/// <summary>Type rules of the operators.</summary>
internal sealed partial class Binder
{
    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "||",
        BinaryOperator.And => "&&",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Remainder => "%",
        _ => "??",
    };

    private BoundNode BindUnary(UnarySyntax unary)
    {
        var operand = BindNode(unary.Operand);
        if (operand.Type.Kind == ExpressionTypeKind.Unknown)
        {
            return new BoundError(unary.Span);
        }

        if (unary.Operator == UnaryOperator.Not)
        {
            operand = Retype(operand, ExpressionType.Boolean);
            return operand.Type.Kind == ExpressionTypeKind.Boolean
                ? new BoundUnary(unary.Span, ExpressionType.Boolean, UnaryOperator.Not, operand)
                : Error(unary.Operand.Span, BindingMessages.OperandType("!", "是/否值", "a boolean", operand.Type));
        }

        operand = Retype(operand, ExpressionType.Number);
        if (operand.Type.Kind != ExpressionTypeKind.Number)
        {
            return Error(unary.Operand.Span, BindingMessages.OperandType(unary.Operator == UnaryOperator.Negate ? "-" : "+", "数字", "a number", operand.Type));
        }

        return unary.Operator == UnaryOperator.Plus ? operand : new BoundUnary(unary.Span, ExpressionType.Number, UnaryOperator.Negate, operand);
    }

    private BoundNode BindBinary(BinarySyntax binary)
    {
        var left = BindNode(binary.Left);
        var right = BindNode(binary.Right);
        if (left.Type.Kind == ExpressionTypeKind.Unknown || right.Type.Kind == ExpressionTypeKind.Unknown)
        {
            return new BoundError(binary.Span);
        }

        var op = binary.Operator;
        switch (op)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                left = Retype(left, ExpressionType.Boolean);
                right = Retype(right, ExpressionType.Boolean);
                return left.Type.Kind == ExpressionTypeKind.Boolean && right.Type.Kind == ExpressionTypeKind.Boolean
                    ? new BoundBinary(binary.Span, ExpressionType.Boolean, op, left, right, ExpressionType.Boolean)
                    : TypeError(binary, left, right);
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                return BindEquality(binary, left, right);
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                return BindOrdering(binary, left, right);
            case BinaryOperator.Add when left.Type.Kind == ExpressionTypeKind.Text || right.Type.Kind == ExpressionTypeKind.Text:
                return (left.Type.IsScalar || left.Type.Kind == ExpressionTypeKind.Null) && (right.Type.IsScalar || right.Type.Kind == ExpressionTypeKind.Null)
                    ? new BoundConcat(binary.Span, left, right)
                    : TypeError(binary, left, right);
            case BinaryOperator.Coalesce:
                var type = left.Type.Kind == ExpressionTypeKind.Null ? right.Type : left.Type;
                left = Retype(left, type);
                right = Retype(right, type);
                return left.Type == right.Type
                    ? new BoundBinary(binary.Span, type, op, left, right, type)
                    : TypeError(binary, left, right);
            default:
                left = Retype(left, ExpressionType.Number);
                right = Retype(right, ExpressionType.Number);
                return left.Type.Kind == ExpressionTypeKind.Number && right.Type.Kind == ExpressionTypeKind.Number
                    ? new BoundBinary(binary.Span, ExpressionType.Number, op, left, right, ExpressionType.Number)
                    : TypeError(binary, left, right);
        }
    }

    private BoundNode BindEquality(BinarySyntax binary, BoundNode left, BoundNode right)
    {
        if (left.Type.Kind == ExpressionTypeKind.Null && right.Type.Kind == ExpressionTypeKind.Null)
        {
            return new BoundLiteral(binary.Span, ExpressionType.Boolean, binary.Operator == BinaryOperator.Equal);
        }

        var type = left.Type.Kind == ExpressionTypeKind.Null ? right.Type : left.Type;
        left = Retype(left, type);
        right = Retype(right, type);
        var comparable = left.Type == right.Type
            && (type.IsScalar || left is BoundLiteral { Value: null } || right is BoundLiteral { Value: null });
        return comparable
            ? new BoundBinary(binary.Span, ExpressionType.Boolean, binary.Operator, left, right, type)
            : TypeError(binary, left, right);
    }

    private BoundNode BindOrdering(BinarySyntax binary, BoundNode left, BoundNode right)
    {
        var type = left.Type.Kind == ExpressionTypeKind.Null ? right.Type : left.Type;
        left = Retype(left, type);
        right = Retype(right, type);
        if (type.Kind == ExpressionTypeKind.Null)
        {
            // null < null: an ordering with null is always false.
            return new BoundLiteral(binary.Span, ExpressionType.Boolean, false);
        }

        return left.Type == right.Type && type.IsOrdered
            ? new BoundBinary(binary.Span, ExpressionType.Boolean, binary.Operator, left, right, type)
            : TypeError(binary, left, right);
    }

    private BoundNode BindConditional(ConditionalSyntax conditional)
    {
        var condition = Retype(BindNode(conditional.Condition), ExpressionType.Boolean);
        var whenTrue = BindNode(conditional.WhenTrue);
        var whenFalse = BindNode(conditional.WhenFalse);
        if (condition.Type.Kind is not (ExpressionTypeKind.Boolean or ExpressionTypeKind.Unknown))
        {
            Error(conditional.Condition.Span, BindingMessages.OperandType("?:", "是/否条件", "a boolean condition", condition.Type));
            return new BoundError(conditional.Span);
        }

        if (condition.Type.Kind == ExpressionTypeKind.Unknown || whenTrue.Type.Kind == ExpressionTypeKind.Unknown
            || whenFalse.Type.Kind == ExpressionTypeKind.Unknown)
        {
            return new BoundError(conditional.Span);
        }

        var type = whenTrue.Type.Kind == ExpressionTypeKind.Null ? whenFalse.Type : whenTrue.Type;
        whenTrue = Retype(whenTrue, type);
        whenFalse = Retype(whenFalse, type);
        return whenTrue.Type == whenFalse.Type
            ? new BoundConditional(conditional.Span, type, condition, whenTrue, whenFalse)
            : Error(conditional.WhenTrue.Span, BindingMessages.BranchTypes(whenTrue.Type, whenFalse.Type));
    }

    private BoundError TypeError(BinarySyntax binary, BoundNode left, BoundNode right) =>
        Error(binary.OperatorSpan, BindingMessages.OperatorTypes(Symbol(binary.Operator), left.Type, right.Type));
}
