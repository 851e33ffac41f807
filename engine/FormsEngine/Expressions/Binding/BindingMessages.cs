using System.Globalization;
using FormsEngine.Diagnostics;

namespace FormsEngine.Expressions.Binding;

/// <summary>Bilingual diagnostics of the binder (type checker).</summary>
internal static class BindingMessages
{
    public static Diagnostic UnknownField(string name, string? owner, string? suggestion)
    {
        var zh = owner is null ? $"未知字段“{name}”" : $"“{owner}”没有字段“{name}”";
        var en = owner is null ? $"unknown field '{name}'" : $"'{owner}' has no field '{name}'";
        return Diagnostic.Error(
            "expr.unknownField",
            null,
            suggestion is null ? zh : $"{zh}，您是不是要写“{suggestion}”？",
            suggestion is null ? en : $"{en}; did you mean '{suggestion}'?");
    }

    public static Diagnostic UnknownFunction(string name, string? suggestion) => Diagnostic.Error(
        "expr.unknownFunction",
        null,
        suggestion is null ? $"未知函数“{name}”" : $"未知函数“{name}”，您是不是要写“{suggestion}”？",
        suggestion is null ? $"unknown function '{name}'" : $"unknown function '{name}'; did you mean '{suggestion}'?");

    public static Diagnostic NotAllowed(string path) => Diagnostic.Error(
        "expr.notAllowed",
        null,
        $"不允许使用“{path}”：表达式不能访问系统类型，只能使用表单字段和内置函数",
        $"'{path}' is not allowed: expressions cannot reach system types, only fields and built-in functions");

    public static Diagnostic MemberNotAllowed(string member, ExpressionType type, string allowed) => Diagnostic.Error(
        "expr.memberNotAllowed",
        null,
        $"{type.DisplayNameZh}不支持“{member}”，可用的有：{allowed}",
        $"{type.DisplayNameEn} has no member '{member}'; available: {allowed}");

    public static Diagnostic OperatorTypes(string op, ExpressionType left, ExpressionType right) => Diagnostic.Error(
        "expr.typeMismatch",
        null,
        $"“{op}”不能用于{left.DisplayNameZh}和{right.DisplayNameZh}",
        $"'{op}' cannot be applied to {left.DisplayNameEn} and {right.DisplayNameEn}");

    public static Diagnostic OperandType(string op, string expectedZh, string expectedEn, ExpressionType actual) => Diagnostic.Error(
        "expr.typeMismatch",
        null,
        $"“{op}”需要{expectedZh}，但这里是{actual.DisplayNameZh}",
        $"'{op}' needs {expectedEn}, but this is {actual.DisplayNameEn}");

    public static Diagnostic BranchTypes(ExpressionType whenTrue, ExpressionType whenFalse) => Diagnostic.Error(
        "expr.typeMismatch",
        null,
        $"条件表达式两个分支的类型必须相同，这里分别是{whenTrue.DisplayNameZh}和{whenFalse.DisplayNameZh}",
        $"both branches of '?:' must have the same type, but they are {whenTrue.DisplayNameEn} and {whenFalse.DisplayNameEn}");

    public static Diagnostic ArgumentCount(string function, int min, int max, int actual)
    {
        var zhRange = min == max ? $"{min}" : max == int.MaxValue ? $"至少 {min}" : $"{min} 到 {max}";
        var enRange = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
        return Diagnostic.Error(
            "expr.argumentCount",
            null,
            string.Create(CultureInfo.InvariantCulture, $"“{function}”需要 {zhRange} 个参数，但这里有 {actual} 个"),
            string.Create(CultureInfo.InvariantCulture, $"'{function}' takes {enRange} argument(s), but {actual} were given"));
    }

    public static Diagnostic ArgumentType(string function, int position, string expectedZh, string expectedEn, ExpressionType actual) => Diagnostic.Error(
        "expr.argumentType",
        null,
        string.Create(CultureInfo.InvariantCulture, $"“{function}”的第 {position} 个参数应为{expectedZh}，但这里是{actual.DisplayNameZh}"),
        string.Create(CultureInfo.InvariantCulture, $"argument {position} of '{function}' must be {expectedEn}, but it is {actual.DisplayNameEn}"));

    public static Diagnostic LambdaExpected(string method) => Diagnostic.Error(
        "expr.lambdaExpected",
        null,
        $"“{method}”需要写成“{method}(x => 条件)”的形式",
        $"'{method}' needs a lambda such as '{method}(x => condition)'");

    public static Diagnostic LambdaNotAllowed(string function) => Diagnostic.Error(
        "expr.lambdaNotAllowed",
        null,
        $"“{function}”的参数不能写成“x => …”",
        $"'{function}' does not take a lambda");

    public static Diagnostic NotCallable() => Diagnostic.Error(
        "expr.notCallable",
        null,
        "这里不能调用：只有内置函数和文本、列表的方法可以加括号调用",
        "this cannot be called: only built-in functions and text/list methods take parentheses");

    public static Diagnostic FieldNotCallable(string name) => Diagnostic.Error(
        "expr.notCallable",
        null,
        $"“{name}”是字段，不是函数，不能加括号调用",
        $"'{name}' is a field, not a function; it cannot be called");

    public static Diagnostic NotIndexable(ExpressionType type) => Diagnostic.Error(
        "expr.notIndexable",
        null,
        $"{type.DisplayNameZh}不能用“[序号]”取值，只有列表可以",
        $"{type.DisplayNameEn} cannot be indexed with '[n]'; only lists can");

    public static Diagnostic NumberLiteral(string text) => Diagnostic.Error(
        "expr.numberLiteral",
        null,
        $"数字“{text}”超出范围：最多 6 位小数，绝对值不超过 99,999,999.999999",
        $"number '{text}' is out of range: at most 6 decimal places and an absolute value up to 99,999,999.999999");

    public static Diagnostic DateLiteral(string text) => Diagnostic.Error(
        "expr.dateLiteral",
        null,
        $"“{text}”不是有效日期，请写成“2026-01-01”的形式",
        $"'{text}' is not a valid date; write it like \"2026-01-01\"");

    public static Diagnostic RoundDigits() => Diagnostic.Error(
        "expr.roundDigits",
        null,
        "round 的小数位数必须是 0 到 6 之间的整数",
        "round() digits must be a whole number from 0 to 6");

    public static Diagnostic RegexNotLiteral() => Diagnostic.Error(
        "expr.regexNotLiteral",
        null,
        "matches 的第二个参数必须直接写出正则表达式文本，例如 matches(手机号, \"^1[3-9]\\d{9}$\")",
        "the pattern of matches() must be written as literal text, e.g. matches(phone, \"^1[3-9]\\d{9}$\")");

    public static Diagnostic RegexInvalid(string pattern, string reason) => Diagnostic.Error(
        "expr.regexInvalid",
        null,
        $"正则表达式“{pattern}”无效：{reason}",
        $"invalid regular expression '{pattern}': {reason}");

    public static Diagnostic RegexUnsupported(string pattern, string featureZh, string featureEn) => Diagnostic.Error(
        "expr.regexUnsupported",
        null,
        $"正则表达式“{pattern}”使用了不支持的写法：{featureZh}",
        $"regular expression '{pattern}' uses an unsupported construct: {featureEn}");
}
