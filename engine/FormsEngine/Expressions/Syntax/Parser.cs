using System.Globalization;
using FormsEngine.Diagnostics;

namespace FormsEngine.Expressions.Syntax;

/// <summary>
/// Recursive-descent parser for the Dynamic LINQ subset used by RulesEngine. Precedence, lowest first:
/// <c>?:</c>, <c>??</c>, <c>|| OR</c>, <c>&amp;&amp; AND</c>, <c>== != =</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>,
/// <c>* / %</c>, unary <c>! NOT -</c>, then member access, calls and indexers. Nesting deeper than
/// <see cref="ExpressionOptions.MaxDepth"/> stops the parse with a diagnostic instead of overflowing the stack.
/// </summary>
internal sealed class Parser
{
    private readonly SourceText _source;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<Token> _tokens;
    private readonly int _maxDepth;
    private int _pos;
    private int _depth;
    private int _lastErrorOffset = -1;

    private Parser(SourceText source, List<Diagnostic> diagnostics, int maxDepth)
    {
        _source = source;
        _diagnostics = diagnostics;
        _maxDepth = maxDepth;
        _tokens = new Lexer(source, diagnostics).Tokenize();
    }

    private Token Current => _tokens[_pos];

    /// <summary>Parses <paramref name="source"/>; returns null when the length or depth limit is exceeded.</summary>
    public static SyntaxNode? Parse(SourceText source, ExpressionOptions options, List<Diagnostic> diagnostics)
    {
        if (source.Text.Length > options.MaxLength)
        {
            diagnostics.Add(SyntaxMessages.TooLong(source.Text.Length, options.MaxLength) with { Line = 1, Column = 1 });
            return null;
        }

        var parser = new Parser(source, diagnostics, options.MaxDepth);
        try
        {
            var root = parser.ParseExpression();
            if (parser.Current.Kind != TokenKind.EndOfText)
            {
                parser.Error(parser.Current.Span, SyntaxMessages.UnexpectedToken(parser.Current.Text));
            }

            return root;
        }
        catch (DepthExceededException)
        {
            return null;
        }
    }

    private SyntaxNode ParseExpression()
    {
        Enter();
        try
        {
            var condition = ParseCoalesce();
            if (Current.Kind != TokenKind.Question)
            {
                return condition;
            }

            _pos++;
            var whenTrue = ParseExpression();
            Expect(TokenKind.Colon, ":");
            var whenFalse = ParseExpression();
            return new ConditionalSyntax(TextSpan.FromBounds(condition.Span.Start, whenFalse.Span.End), condition, whenTrue, whenFalse);
        }
        finally
        {
            _depth--;
        }
    }

    private SyntaxNode ParseCoalesce()
    {
        var left = ParseBinary(0);
        if (Current.Kind != TokenKind.QuestionQuestion)
        {
            return left;
        }

        var opSpan = Current.Span;
        _pos++;
        Enter();
        var right = ParseCoalesce();
        _depth--;
        return new BinarySyntax(TextSpan.FromBounds(left.Span.Start, right.Span.End), BinaryOperator.Coalesce, opSpan, left, right);
    }

    // Levels 0..5: or, and, equality, relational, additive, multiplicative.
    private SyntaxNode ParseBinary(int level)
    {
        if (level > 5)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (TryBinaryOperator(level, out var op))
        {
            var opSpan = Current.Span;
            _pos++;
            var right = ParseBinary(level + 1);
            left = new BinarySyntax(TextSpan.FromBounds(left.Span.Start, right.Span.End), op, opSpan, left, right);
        }

        return left;
    }

    private bool TryBinaryOperator(int level, out BinaryOperator op)
    {
        var t = Current;
        BinaryOperator? found = level switch
        {
            0 when t.Kind == TokenKind.BarBar || t.IsKeyword("or") => BinaryOperator.Or,
            1 when t.Kind == TokenKind.AmpAmp || t.IsKeyword("and") => BinaryOperator.And,
            2 when t.Kind == TokenKind.EqualEqual => BinaryOperator.Equal,
            2 when t.Kind == TokenKind.BangEqual => BinaryOperator.NotEqual,
            3 when t.Kind == TokenKind.Less => BinaryOperator.Less,
            3 when t.Kind == TokenKind.LessEqual => BinaryOperator.LessOrEqual,
            3 when t.Kind == TokenKind.Greater => BinaryOperator.Greater,
            3 when t.Kind == TokenKind.GreaterEqual => BinaryOperator.GreaterOrEqual,
            4 when t.Kind == TokenKind.Plus => BinaryOperator.Add,
            4 when t.Kind == TokenKind.Minus => BinaryOperator.Subtract,
            5 when t.Kind == TokenKind.Star => BinaryOperator.Multiply,
            5 when t.Kind == TokenKind.Slash => BinaryOperator.Divide,
            5 when t.Kind == TokenKind.Percent => BinaryOperator.Remainder,
            _ => null,
        };
        op = found.GetValueOrDefault();
        return found.HasValue;
    }

    private SyntaxNode ParseUnary()
    {
        var t = Current;
        UnaryOperator? op = t.Kind switch
        {
            TokenKind.Bang => UnaryOperator.Not,
            TokenKind.Minus => UnaryOperator.Negate,
            TokenKind.Plus => UnaryOperator.Plus,
            TokenKind.Identifier when t.IsKeyword("not") => UnaryOperator.Not,
            _ => null,
        };
        if (op is null)
        {
            return ParsePostfix();
        }

        _pos++;
        Enter();
        var operand = ParseUnary();
        _depth--;
        return new UnarySyntax(TextSpan.FromBounds(t.Span.Start, operand.Span.End), op.Value, operand);
    }

    private SyntaxNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            switch (Current.Kind)
            {
                case TokenKind.Dot:
                    _pos++;
                    var name = Current;
                    if (name.Kind != TokenKind.Identifier)
                    {
                        Error(name.Span, SyntaxMessages.Expected("名称 / name", name.Text));
                        return node;
                    }

                    _pos++;
                    node = new MemberSyntax(TextSpan.FromBounds(node.Span.Start, name.Span.End), node, name.Text, name.Span);
                    break;
                case TokenKind.OpenParen:
                    node = ParseCall(node);
                    break;
                case TokenKind.OpenBracket:
                    _pos++;
                    var index = ParseExpression();
                    var close = Expect(TokenKind.CloseBracket, "]");
                    node = new IndexSyntax(TextSpan.FromBounds(node.Span.Start, close.End), node, index);
                    break;
                default:
                    return node;
            }
        }
    }

    private CallSyntax ParseCall(SyntaxNode callee)
    {
        _pos++;
        Enter();
        var arguments = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            do
            {
                arguments.Add(ParseArgument());
            }
            while (Current.Kind == TokenKind.Comma && ++_pos > 0);
        }

        _depth--;
        var close = Expect(TokenKind.CloseParen, ")");
        return new CallSyntax(TextSpan.FromBounds(callee.Span.Start, close.End), callee, arguments);
    }

    private SyntaxNode ParseArgument()
    {
        if (Current.Kind == TokenKind.Identifier && Peek(1).Kind == TokenKind.Arrow)
        {
            var parameter = Current;
            _pos += 2;
            var body = ParseExpression();
            return new LambdaSyntax(TextSpan.FromBounds(parameter.Span.Start, body.Span.End), parameter.Text, parameter.Span, body);
        }

        return ParseExpression();
    }

    private SyntaxNode ParsePrimary()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Number:
                _pos++;
                if (!decimal.TryParse(t.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    Error(t.Span, SyntaxMessages.BadNumber(t.Text));
                }

                return new LiteralSyntax(t.Span, number);
            case TokenKind.String:
                _pos++;
                return new LiteralSyntax(t.Span, t.Value);
            case TokenKind.OpenParen:
                _pos++;
                var inner = ParseExpression();
                var close = Expect(TokenKind.CloseParen, ")");
                return inner with { Span = TextSpan.FromBounds(t.Span.Start, Math.Max(close.End, inner.Span.End)) };
            case TokenKind.Identifier when Peek(1).Kind == TokenKind.Arrow:
                _pos += 2;
                Error(t.Span, SyntaxMessages.LambdaOutsideCall());
                var body = ParseExpression();
                return new ErrorSyntax(TextSpan.FromBounds(t.Span.Start, body.Span.End));
            case TokenKind.Identifier:
                _pos++;
                return t.IsKeyword("true") ? new LiteralSyntax(t.Span, true)
                    : t.IsKeyword("false") ? new LiteralSyntax(t.Span, false)
                    : t.IsKeyword("null") ? new LiteralSyntax(t.Span, null)
                    : new NameSyntax(t.Span, t.Text);
            default:
                Error(t.Span, SyntaxMessages.UnexpectedToken(t.Text));
                if (t.Kind != TokenKind.EndOfText)
                {
                    _pos++;
                }

                return new ErrorSyntax(t.Span);
        }
    }

    private Token Peek(int offset) => _tokens[Math.Min(_pos + offset, _tokens.Count - 1)];

    private TextSpan Expect(TokenKind kind, string text)
    {
        if (Current.Kind == kind)
        {
            return _tokens[_pos++].Span;
        }

        Error(Current.Span, SyntaxMessages.Expected(text, Current.Text));
        return new TextSpan(Current.Span.Start, 0);
    }

    private void Error(TextSpan span, Diagnostic diagnostic)
    {
        // One error per position: recovery must not bury the real problem under echoes.
        if (span.Start == _lastErrorOffset)
        {
            return;
        }

        _lastErrorOffset = span.Start;
        _diagnostics.Add(_source.At(span, diagnostic));
    }

    private void Enter()
    {
        if (++_depth > _maxDepth)
        {
            _diagnostics.Add(_source.At(Current.Span, SyntaxMessages.TooDeep(_maxDepth)));
            throw new DepthExceededException();
        }
    }

    private sealed class DepthExceededException : Exception
    {
    }
}
