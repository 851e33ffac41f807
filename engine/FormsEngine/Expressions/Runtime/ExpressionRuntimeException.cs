namespace FormsEngine.Expressions.Runtime;

/// <summary>
/// Raised inside compiled .NET code for a runtime error such as division by zero. It never leaves the engine:
/// <see cref="CompiledExpression.Evaluate"/> turns it into a failed <see cref="ExpressionResult"/>.
/// </summary>
internal sealed class ExpressionRuntimeException : Exception
{
    public ExpressionRuntimeException()
    {
        Code = "expr.runtime";
        MessageZh = "表达式运行出错";
        MessageEn = "expression failed";
    }

    public ExpressionRuntimeException(string message)
        : base(message)
    {
        Code = "expr.runtime";
        MessageZh = message;
        MessageEn = message;
    }

    public ExpressionRuntimeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "expr.runtime";
        MessageZh = message;
        MessageEn = message;
    }

    public ExpressionRuntimeException(string code, string messageZh, string messageEn)
        : base(messageEn)
    {
        Code = code;
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    public string Code { get; }

    public string MessageZh { get; }

    public string MessageEn { get; }

    public static ExpressionRuntimeException DivideByZero() =>
        new("expr.divideByZero", "除数不能为零", "division by zero");

    public static ExpressionRuntimeException NumberOutOfRange() =>
        new("expr.numberOutOfRange", "计算结果超出允许范围（±99,999,999.999999）", "result is outside the allowed range (±99,999,999.999999)");

    public static ExpressionRuntimeException RoundDigits() =>
        new("expr.roundDigits", "round 的小数位数必须是 0 到 6 之间的整数", "round() digits must be a whole number from 0 to 6");

    public static ExpressionRuntimeException RegexTimeout() =>
        new("expr.regexTimeout", "正则表达式匹配超时", "the regular expression took too long to match");
}
