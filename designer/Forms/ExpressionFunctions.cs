namespace FormsEngine.Designer.FormEditing;

/// <summary>One built-in function or method of the expression language, as the editor suggests it.</summary>
/// <param name="Name">The name as written, e.g. <c>age</c>.</param>
/// <param name="SignatureZh">How to call it, e.g. <c>age(出生日期)</c>.</param>
/// <param name="DescriptionZh">What it gives, in Chinese.</param>
public sealed record ExpressionFunction(string Name, string SignatureZh, string DescriptionZh);

/// <summary>
/// The expression language's functions, keywords and methods with Chinese help. The names are the binder's own
/// (<c>Binder.FunctionNames</c>, <c>Binder.Methods</c>); a test keeps this table in step with the engine.
/// </summary>
public static class ExpressionFunctions
{
    /// <summary>The global functions.</summary>
    public static IReadOnlyList<ExpressionFunction> Functions { get; } =
    [
        new("today", "today()", "今天的日期"),
        new("now", "now()", "现在的日期和时间"),
        new("date", "date(文本或日期时间)", "转为日期，如 date('2024-01-31')"),
        new("age", "age(出生日期)", "到今天的周岁年龄"),
        new("daysBetween", "daysBetween(开始日期, 结束日期)", "两个日期相差的天数"),
        new("idValid", "idValid(身份证号)", "身份证号是否有效（含校验位）"),
        new("idBirthDate", "idBirthDate(身份证号)", "身份证号里的出生日期"),
        new("idSex", "idSex(身份证号)", "身份证号里的性别"),
        new("idRegion", "idRegion(身份证号)", "身份证号里的地区代码"),
        new("len", "len(文本或列表)", "文字个数或列表条数"),
        new("matches", "matches(文本, 格式)", "文本是否符合格式（正则表达式）"),
        new("isBlank", "isBlank(文本或列表)", "是否没有填写"),
        new("in", "in(值, 候选1, 候选2, …)", "值是否为候选之一"),
        new("round", "round(数字, 小数位数)", "四舍五入"),
        new("min", "min(数字1, 数字2, …)", "最小的数"),
        new("max", "max(数字1, 数字2, …)", "最大的数"),
    ];

    /// <summary>Keywords and literals.</summary>
    public static IReadOnlyList<ExpressionFunction> Keywords { get; } =
    [
        new("and", "条件1 and 条件2", "并且（两个都成立）"),
        new("or", "条件1 or 条件2", "或者（至少一个成立）"),
        new("not", "not 条件", "不成立"),
        new("true", "true", "成立 / 是"),
        new("false", "false", "不成立 / 否"),
        new("null", "null", "空值（没有填写）"),
    ];

    /// <summary>Methods of text values (<c>姓名.StartsWith('张')</c>).</summary>
    public static IReadOnlyList<ExpressionFunction> TextMethods { get; } =
    [
        new("Contains", "Contains(文本)", "是否包含"),
        new("StartsWith", "StartsWith(文本)", "是否以它开头"),
        new("EndsWith", "EndsWith(文本)", "是否以它结尾"),
        new("ToUpper", "ToUpper()", "转为大写"),
        new("ToLower", "ToLower()", "转为小写"),
        new("Trim", "Trim()", "去掉首尾空格"),
    ];

    /// <summary>Methods of lists, such as repeat groups (<c>家庭成员.Count(x => x.年龄 &gt;= 60)</c>).</summary>
    public static IReadOnlyList<ExpressionFunction> ListMethods { get; } =
    [
        new("Any", "Any(x => 条件)", "是否有一条满足条件"),
        new("All", "All(x => 条件)", "是否每条都满足条件"),
        new("Count", "Count(x => 条件)", "满足条件的条数"),
        new("Sum", "Sum(x => 数字)", "求和"),
        new("Where", "Where(x => 条件)", "筛选出满足条件的"),
        new("Select", "Select(x => 值)", "取出每条的一个值"),
        new("Contains", "Contains(值)", "列表是否包含这个值"),
    ];
}
