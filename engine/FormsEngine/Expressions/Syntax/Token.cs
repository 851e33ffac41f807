namespace FormsEngine.Expressions.Syntax;

/// <summary>One token. <see cref="Value"/> holds the decoded string of a string literal.</summary>
internal readonly record struct Token(TokenKind Kind, TextSpan Span, string Text, string? Value = null)
{
    /// <summary>True for an identifier spelled like <paramref name="keyword"/>, ignoring case (AND, or, Not…).</summary>
    public bool IsKeyword(string keyword) => Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
