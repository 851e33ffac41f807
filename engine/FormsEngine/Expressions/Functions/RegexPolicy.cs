using System.Text;
using System.Text.RegularExpressions;
using FormsEngine.Diagnostics;
using FormsEngine.Expressions.Binding;

namespace FormsEngine.Expressions.Functions;

/// <summary>
/// Checks a <c>matches()</c> pattern once, at compile time. Only the part of regex syntax that ES5 browsers and .NET
/// read the same way is accepted, and nested quantifiers such as <c>(a+)+</c> are rejected because the browser has no
/// timeout to stop catastrophic backtracking. Both backends run a portable rewrite in which <c>.</c>, <c>\s</c> and
/// <c>\S</c> are explicit sets; the server copy runs with <see cref="ExpressionOptions.RegexTimeout"/>.
/// </summary>
internal static class RegexPolicy
{
    // JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262 5.1.
    private const string JsSpace = @" \t\n\v\f\r\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    public static RegexPattern? Check(string pattern, ExpressionOptions options, out Diagnostic? error)
    {
        error = Unsupported(pattern);
        if (error is not null)
        {
            return null;
        }

        try
        {
            var portable = ToPortable(pattern);
            var regex = new Regex(portable, RegexOptions.ECMAScript, options.RegexTimeout);
            return new RegexPattern(pattern, portable, regex);
        }
        catch (ArgumentException ex)
        {
            error = BindingMessages.RegexInvalid(pattern, ex.Message);
            return null;
        }
    }

    private static Diagnostic? Unsupported(string p)
    {
        (string Token, string Zh, string En)[] banned =
        [
            ("(?<", "后行断言或命名分组 (?<…)", "lookbehind or named group (?<…)"),
            ("(?'", "命名分组 (?'…')", "named group (?'…')"),
            ("(?>", "原子分组 (?>…)", "atomic group (?>…)"),
            ("(?#", "注释 (?#…)", "comment (?#…)"),
            (@"\p", "Unicode 类别 \\p{…}", "Unicode category \\p{…}"),
            (@"\P", "Unicode 类别 \\P{…}", "Unicode category \\P{…}"),
            (@"\k", "命名反向引用 \\k", "named back-reference \\k"),
            (@"\A", "\\A，请用 ^", "\\A; use ^"),
            (@"\Z", "\\Z，请用 $", "\\Z; use $"),
            (@"\z", "\\z，请用 $", "\\z; use $"),
            (@"\G", "\\G", "\\G"),
        ];
        foreach (var (token, zh, en) in banned)
        {
            if (IndexOfUnescaped(p, token) >= 0)
            {
                return BindingMessages.RegexUnsupported(p, zh, en);
            }
        }

        var inline = IndexOfUnescaped(p, "(?");
        if (inline >= 0 && inline + 2 < p.Length && p[inline + 2] is not (':' or '=' or '!'))
        {
            return BindingMessages.RegexUnsupported(p, "内联选项 (?i) 等", "inline options such as (?i)");
        }

        return HasNestedQuantifier(p)
            ? BindingMessages.RegexUnsupported(p, "嵌套的重复（如 (a+)+），可能导致匹配极慢", "nested quantifiers such as (a+)+, which can make matching extremely slow")
            : null;
    }

    private static int IndexOfUnescaped(string p, string token)
    {
        for (var i = 0; i + token.Length <= p.Length; i++)
        {
            if (string.CompareOrdinal(p, i, token, 0, token.Length) == 0 && !IsEscaped(p, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsEscaped(string p, int i)
    {
        var slashes = 0;
        for (var j = i - 1; j >= 0 && p[j] == '\\'; j--)
        {
            slashes++;
        }

        return slashes % 2 == 1;
    }

    /// <summary>True when a group that repeats contains a repetition of its own.</summary>
    private static bool HasNestedQuantifier(string p)
    {
        var groups = new Stack<bool>();
        var inClass = false;
        var hasQuantifier = false;
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    break;
                case '(':
                    groups.Push(hasQuantifier);
                    hasQuantifier = false;
                    break;
                case ')' when groups.Count > 0:
                    var inner = hasQuantifier;
                    var repeated = i + 1 < p.Length && p[i + 1] is '*' or '+' or '{' or '?';
                    if (inner && repeated && p[i + 1] != '?')
                    {
                        return true;
                    }

                    hasQuantifier = groups.Pop() || inner || repeated;
                    break;
                case '*' or '+' or '{':
                    hasQuantifier = true;
                    break;
            }
        }

        return false;
    }

    /// <summary>
    /// Rewrites <c>.</c>, <c>\s</c> and <c>\S</c> to the explicit character sets of ECMA-262, so that .NET, browsers
    /// and ES5 engines that translate regexes themselves (such as Jint) all match the same characters.
    /// </summary>
    private static string ToPortable(string p)
    {
        var sb = new StringBuilder(p.Length + 16);
        var inClass = false;
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '\\' && i + 1 < p.Length)
            {
                var e = p[++i];
                sb.Append(e switch
                {
                    's' => inClass ? JsSpace : "[" + JsSpace + "]",
                    'S' when !inClass => "[^" + JsSpace + "]",
                    _ => "\\" + e,
                });
                continue;
            }

            if (!inClass && c == '.')
            {
                sb.Append(@"[^\n\r\u2028\u2029]");
                continue;
            }

            inClass = c == '[' ? true : c == ']' ? false : inClass;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
