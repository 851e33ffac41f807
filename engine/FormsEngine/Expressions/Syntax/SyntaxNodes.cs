namespace FormsEngine.Expressions.Syntax;

/// <summary>Binary operators, in the order of the language reference.</summary>
internal enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
    Coalesce,
}

internal enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}

/// <summary>A node of the syntax tree; every node knows its source span.</summary>
internal abstract record SyntaxNode(TextSpan Span);

/// <summary>A number (decimal), string, boolean or null literal.</summary>
internal sealed record LiteralSyntax(TextSpan Span, object? Value) : SyntaxNode(Span);

/// <summary>A bare name: a field, a lambda parameter, or the start of a dotted path.</summary>
internal sealed record NameSyntax(TextSpan Span, string Name) : SyntaxNode(Span);

/// <summary><c>target.Name</c>.</summary>
internal sealed record MemberSyntax(TextSpan Span, SyntaxNode Target, string Name, TextSpan NameSpan) : SyntaxNode(Span);

/// <summary><c>callee(arguments)</c> where callee is a <see cref="NameSyntax"/> (function) or <see cref="MemberSyntax"/> (method).</summary>
internal sealed record CallSyntax(TextSpan Span, SyntaxNode Callee, IReadOnlyList<SyntaxNode> Arguments) : SyntaxNode(Span);

/// <summary><c>target[index]</c>.</summary>
internal sealed record IndexSyntax(TextSpan Span, SyntaxNode Target, SyntaxNode Index) : SyntaxNode(Span);

internal sealed record UnarySyntax(TextSpan Span, UnaryOperator Operator, SyntaxNode Operand) : SyntaxNode(Span);

internal sealed record BinarySyntax(TextSpan Span, BinaryOperator Operator, TextSpan OperatorSpan, SyntaxNode Left, SyntaxNode Right)
    : SyntaxNode(Span);

internal sealed record ConditionalSyntax(TextSpan Span, SyntaxNode Condition, SyntaxNode WhenTrue, SyntaxNode WhenFalse) : SyntaxNode(Span);

/// <summary><c>x => body</c>, only as an argument of a collection method.</summary>
internal sealed record LambdaSyntax(TextSpan Span, string Parameter, TextSpan ParameterSpan, SyntaxNode Body) : SyntaxNode(Span);

/// <summary>Stands in for text that could not be parsed; the parser has already reported it.</summary>
internal sealed record ErrorSyntax(TextSpan Span) : SyntaxNode(Span);
