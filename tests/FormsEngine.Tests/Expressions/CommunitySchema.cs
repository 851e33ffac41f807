using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions;

/// <summary>The schema and options most expression tests use: a community registration form.</summary>
internal static class CommunitySchema
{
    /// <summary>2026-03-15 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 2, 0, 0, TimeSpan.Zero);

    public static ExpressionOptions Options { get; } = new() { TimeProvider = new FixedTimeProvider(Now) };

    public static ExpressionSchema Schema { get; } = Build();

    public static ExpressionSchema Build() => ExpressionSchema.Create()
        .Field("年龄", ExpressionType.Number)
        .Field("姓名", ExpressionType.Text)
        .Field("社区", ExpressionType.Text)
        .Field("独居", ExpressionType.Boolean)
        .Field("出生日期", ExpressionType.Date)
        .Field("身份证号", ExpressionType.Text)
        .Field("手机号", ExpressionType.Text)
        .Field("月收入", ExpressionType.Number)
        .Field("家庭人数", ExpressionType.Number)
        .Field("返乡日期", ExpressionType.Date)
        .Field("登记时间", ExpressionType.DateTime)
        .Field("到访时间", ExpressionType.Time)
        .Field("兴趣", ExpressionType.TextList)
        .RecordList("家庭成员", m => m
            .Field("姓名", ExpressionType.Text)
            .Field("年龄", ExpressionType.Number)
            .Field("关系", ExpressionType.Text)
            .Field("残疾", ExpressionType.Boolean)
            .Field("出生日期", ExpressionType.Date))
        .RecordList("志愿服务", v => v
            .Field("时长", ExpressionType.Number)
            .Field("类型", ExpressionType.Text))
        .Record("input1", i => i
            .Field("country", ExpressionType.Text)
            .Field("loyaltyFactor", ExpressionType.Number)
            .Field("totalPurchasesToDate", ExpressionType.Number));

    public static CompiledExpression Compile(string source, ExpressionSchema? schema = null)
    {
        var compilation = ExpressionCompiler.Compile(source, schema ?? Schema, Options);
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        return compilation.Expression!;
    }
}
