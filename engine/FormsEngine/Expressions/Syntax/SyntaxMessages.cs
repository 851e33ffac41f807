using System.Globalization;
using FormsEngine.Diagnostics;

namespace FormsEngine.Expressions.Syntax;

/// <summary>Bilingual diagnostics of the lexer and parser.</summary>
internal static class SyntaxMessages
{
    public static Diagnostic TooLong(int length, int max) => Diagnostic.Error(
        "expr.tooLong",
        null,
        string.Create(CultureInfo.InvariantCulture, $"表达式太长：共 {length} 个字符，最多允许 {max} 个"),
        string.Create(CultureInfo.InvariantCulture, $"the expression is too long: {length} characters, at most {max} allowed"));

    public static Diagnostic TooDeep(int max) => Diagnostic.Error(
        "expr.tooDeep",
        null,
        string.Create(CultureInfo.InvariantCulture, $"表达式嵌套太深：括号、运算和函数调用最多嵌套 {max} 层"),
        string.Create(CultureInfo.InvariantCulture, $"the expression is nested too deeply: at most {max} levels of parentheses, operators and calls"));

    public static Diagnostic UnexpectedCharacter(string character) => Diagnostic.Error(
        "expr.syntax.unexpectedCharacter",
        null,
        $"无法识别的字符“{character}”",
        $"unexpected character '{character}'");

    public static Diagnostic UnterminatedString() => Diagnostic.Error(
        "expr.syntax.unterminatedString",
        null,
        "文本缺少结尾的引号",
        "the text is missing its closing quote");

    public static Diagnostic BadEscape(string escape) => Diagnostic.Error(
        "expr.syntax.badEscape",
        null,
        $"文本中的转义“{escape}”无效，可用：\\\"、\\'、\\\\、\\n、\\r、\\t、\\uXXXX",
        $"invalid escape '{escape}' in text; use \\\", \\', \\\\, \\n, \\r, \\t or \\uXXXX");

    public static Diagnostic BadNumber(string text) => Diagnostic.Error(
        "expr.syntax.badNumber",
        null,
        $"无效的数字“{text}”",
        $"invalid number '{text}'");

    public static Diagnostic UnexpectedToken(string found) => Diagnostic.Error(
        "expr.syntax.unexpectedToken",
        null,
        found.Length == 0 ? "表达式不完整，结尾缺少内容" : $"此处不应出现“{found}”",
        found.Length == 0 ? "the expression ends too early" : $"unexpected '{found}'");

    public static Diagnostic Expected(string expected, string found) => Diagnostic.Error(
        "expr.syntax.expected",
        null,
        found.Length == 0 ? $"缺少“{expected}”" : $"缺少“{expected}”，但遇到了“{found}”",
        found.Length == 0 ? $"expected '{expected}'" : $"expected '{expected}' but found '{found}'");

    public static Diagnostic LambdaOutsideCall() => Diagnostic.Error(
        "expr.syntax.lambdaPlacement",
        null,
        "“x => …”只能写在 Any、All、Count、Sum、Where、Select 的括号里",
        "'x => …' may only appear inside Any, All, Count, Sum, Where or Select");
}
