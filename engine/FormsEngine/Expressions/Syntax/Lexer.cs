using System.Globalization;
using System.Text;
using FormsEngine.Diagnostics;

namespace FormsEngine.Expressions.Syntax;

/// <summary>Turns source text into tokens. Identifiers may use any Unicode letters (年龄, 独居, età).</summary>
internal sealed class Lexer(SourceText source, List<Diagnostic> diagnostics)
{
    private readonly string _text = source.Text;
    private int _pos;

    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (true)
        {
            var token = Next();
            if (token.Kind != TokenKind.Bad)
            {
                tokens.Add(token);
            }

            if (token.Kind == TokenKind.EndOfText)
            {
                return tokens;
            }
        }
    }

    private Token Next()
    {
        while (_pos < _text.Length && (char.IsWhiteSpace(_text[_pos]) || _text[_pos] == '\uFEFF'))
        {
            _pos++;
        }

        if (_pos >= _text.Length)
        {
            return new Token(TokenKind.EndOfText, new TextSpan(_text.Length, 0), "");
        }

        var start = _pos;
        var c = _text[_pos];
        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1])))
        {
            return LexNumber(start);
        }

        if (c is '"' or '\'')
        {
            return LexString(start, c);
        }

        if (IsIdentifierStart(start))
        {
            while (_pos < _text.Length && IsIdentifierPart(_pos))
            {
                _pos += char.IsHighSurrogate(_text[_pos]) ? 2 : 1;
            }

            return Make(TokenKind.Identifier, start);
        }

        var kind = LexOperator(c);
        if (kind == TokenKind.Bad)
        {
            _pos += char.IsHighSurrogate(c) && _pos + 1 < _text.Length ? 2 : 1;
            diagnostics.Add(source.At(new TextSpan(start, _pos - start), SyntaxMessages.UnexpectedCharacter(_text[start.._pos])));
        }

        return Make(kind, start);
    }

    private TokenKind LexOperator(char c)
    {
        var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
        (TokenKind Kind, int Length) op = c switch
        {
            '(' => (TokenKind.OpenParen, 1),
            ')' => (TokenKind.CloseParen, 1),
            '[' => (TokenKind.OpenBracket, 1),
            ']' => (TokenKind.CloseBracket, 1),
            ',' => (TokenKind.Comma, 1),
            '.' => (TokenKind.Dot, 1),
            ':' => (TokenKind.Colon, 1),
            '?' => next == '?' ? (TokenKind.QuestionQuestion, 2) : (TokenKind.Question, 1),
            '=' => next == '=' ? (TokenKind.EqualEqual, 2) : next == '>' ? (TokenKind.Arrow, 2) : (TokenKind.EqualEqual, 1),
            '!' => next == '=' ? (TokenKind.BangEqual, 2) : (TokenKind.Bang, 1),
            '<' => next == '=' ? (TokenKind.LessEqual, 2) : next == '>' ? (TokenKind.BangEqual, 2) : (TokenKind.Less, 1),
            '>' => next == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1),
            '&' when next == '&' => (TokenKind.AmpAmp, 2),
            '|' when next == '|' => (TokenKind.BarBar, 2),
            '+' => (TokenKind.Plus, 1),
            '-' => (TokenKind.Minus, 1),
            '*' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '%' => (TokenKind.Percent, 1),
            _ => (TokenKind.Bad, 0),
        };
        _pos += op.Length;
        return op.Kind;
    }

    private Token LexNumber(int start)
    {
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }

        if (_pos + 1 < _text.Length && _text[_pos] == '.' && char.IsAsciiDigit(_text[_pos + 1]))
        {
            _pos++;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }
        }

        // A trailing letter such as 12abc or a C# suffix (10m) is not a number.
        if (_pos < _text.Length && IsIdentifierPart(_pos))
        {
            while (_pos < _text.Length && IsIdentifierPart(_pos))
            {
                _pos++;
            }

            diagnostics.Add(source.At(new TextSpan(start, _pos - start), SyntaxMessages.BadNumber(_text[start.._pos])));
            return new Token(TokenKind.Number, new TextSpan(start, _pos - start), "0");
        }

        return Make(TokenKind.Number, start);
    }

    private Token LexString(int start, char quote)
    {
        _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n')
            {
                diagnostics.Add(source.At(new TextSpan(start, 1), SyntaxMessages.UnterminatedString()));
                return new Token(TokenKind.String, new TextSpan(start, _pos - start), _text[start.._pos], value.ToString());
            }

            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                return new Token(TokenKind.String, new TextSpan(start, _pos - start), _text[start.._pos], value.ToString());
            }

            if (c != '\\')
            {
                value.Append(c);
                _pos++;
                continue;
            }

            LexEscape(value);
        }
    }

    private void LexEscape(StringBuilder value)
    {
        var escStart = _pos;
        var e = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
        _pos += 2;
        switch (e)
        {
            case '"': value.Append('"'); return;
            case '\'': value.Append('\''); return;
            case '\\': value.Append('\\'); return;
            case 'n': value.Append('\n'); return;
            case 'r': value.Append('\r'); return;
            case 't': value.Append('\t'); return;
            case 'u' when _pos + 4 <= _text.Length
                && ushort.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                value.Append((char)code);
                _pos += 4;
                return;
            default:
                _pos = Math.Min(_pos, _text.Length);
                diagnostics.Add(source.At(new TextSpan(escStart, _pos - escStart), SyntaxMessages.BadEscape(_text[escStart.._pos])));
                return;
        }
    }

    private Token Make(TokenKind kind, int start) => new(kind, new TextSpan(start, _pos - start), _text[start.._pos]);

    private bool IsIdentifierStart(int i) =>
        _text[i] == '_' || (char.IsHighSurrogate(_text[i]) ? i + 1 < _text.Length && char.IsLetter(_text, i) : char.IsLetter(_text[i]));

    private bool IsIdentifierPart(int i) =>
        IsIdentifierStart(i) || char.IsDigit(_text[i]) || char.GetUnicodeCategory(_text[i]) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
}
