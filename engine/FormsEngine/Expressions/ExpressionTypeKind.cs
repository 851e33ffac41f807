namespace FormsEngine.Expressions;

/// <summary>The kinds of value an expression can produce or read.</summary>
public enum ExpressionTypeKind
{
    /// <summary>The <c>null</c> literal before it meets a typed operand.</summary>
    Null,

    /// <summary>The type of an expression that already has an error; suppresses follow-on errors.</summary>
    Unknown,

    /// <summary>true / false (是/否).</summary>
    Boolean,

    /// <summary>A decimal number (数字), 6 decimal places, within ±99,999,999.999999.</summary>
    Number,

    /// <summary>Text (文本).</summary>
    Text,

    /// <summary>A calendar date without time (日期).</summary>
    Date,

    /// <summary>A local date and time to the second, without offset (日期时间).</summary>
    DateTime,

    /// <summary>A time of day to the second (时间).</summary>
    Time,

    /// <summary>A list of values of <see cref="ExpressionType.ElementType"/> (列表).</summary>
    List,

    /// <summary>An object with named fields (记录), described by <see cref="ExpressionType.Schema"/>.</summary>
    Record,
}
