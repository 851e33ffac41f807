using System.Text.RegularExpressions;
using FormsEngine.Expressions.Functions;
using FormsEngine.Expressions.Syntax;

namespace FormsEngine.Expressions.Binding;

/// <summary>A type-checked node. Both backends are visitors over this tree.</summary>
internal abstract record BoundNode(TextSpan Span, ExpressionType Type);

/// <summary>A constant: bool, decimal, string, <see cref="DateOnly"/>, or null (typed by <see cref="BoundNode.Type"/>).</summary>
internal sealed record BoundLiteral(TextSpan Span, ExpressionType Type, object? Value) : BoundNode(Span, Type);

/// <summary>A field of the root record (<see cref="Receiver"/> null) or of a record-valued expression.</summary>
internal sealed record BoundField(TextSpan Span, BoundNode? Receiver, ExpressionField Field) : BoundNode(Span, Field.Type);

/// <summary>The parameter of a collection lambda, e.g. <c>m</c> in <c>家庭成员.Any(m => m.年龄 > 60)</c>.</summary>
internal sealed class LambdaParameter(string name, ExpressionType type, int id)
{
    public string Name { get; } = name;

    public ExpressionType Type { get; } = type;

    /// <summary>Unique within one expression; backends use it to name the variable.</summary>
    public int Id { get; } = id;
}

internal sealed record BoundParameter(TextSpan Span, LambdaParameter Parameter) : BoundNode(Span, Parameter.Type);

internal sealed record BoundUnary(TextSpan Span, ExpressionType Type, UnaryOperator Operator, BoundNode Operand) : BoundNode(Span, Type);

/// <summary>A binary operator; <see cref="OperandType"/> is the common type of both operands (after null unification).</summary>
internal sealed record BoundBinary(TextSpan Span, ExpressionType Type, BinaryOperator Operator, BoundNode Left, BoundNode Right, ExpressionType OperandType)
    : BoundNode(Span, Type);

/// <summary>Text concatenation: <c>text + anything</c>; null counts as empty text.</summary>
internal sealed record BoundConcat(TextSpan Span, BoundNode Left, BoundNode Right) : BoundNode(Span, ExpressionType.Text);

internal sealed record BoundConditional(TextSpan Span, ExpressionType Type, BoundNode Condition, BoundNode WhenTrue, BoundNode WhenFalse)
    : BoundNode(Span, Type);

/// <summary>A built-in function or member call. <see cref="Pattern"/> is the checked regex of <c>matches</c>.</summary>
internal sealed record BoundCall(TextSpan Span, ExpressionType Type, BuiltinFunction Function, IReadOnlyList<BoundNode> Arguments, RegexPattern? Pattern = null)
    : BoundNode(Span, Type);

/// <summary><c>source.Method(x => body)</c>; <see cref="Parameter"/> and <see cref="Body"/> are null without a lambda.</summary>
internal sealed record BoundCollectionCall(TextSpan Span, ExpressionType Type, CollectionMethod Method, BoundNode Source, LambdaParameter? Parameter, BoundNode? Body)
    : BoundNode(Span, Type);

/// <summary><c>list[index]</c>; null when the index is out of range or not a whole number.</summary>
internal sealed record BoundIndex(TextSpan Span, ExpressionType Type, BoundNode Source, BoundNode Index) : BoundNode(Span, Type);

/// <summary>Stands in for a node that has an error already reported.</summary>
internal sealed record BoundError(TextSpan Span) : BoundNode(Span, ExpressionType.Unknown);

/// <summary>
/// A checked pattern for <c>matches</c>: the source as written, the portable rewrite that both backends run (so that
/// <c>.</c> and <c>\s</c> mean the same everywhere), and the compiled server regex.
/// </summary>
internal sealed record RegexPattern(string Source, string Portable, Regex Regex);
