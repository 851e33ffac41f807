namespace FormsEngine.Tests.Expressions;

public sealed class SmokeTests
{
    [Theory]
    [InlineData("年龄 >= 60 AND 独居 == true", """{"年龄": 72, "独居": true}""", "ok:true")]
    [InlineData("年龄 + 1", """{"年龄": 72}""", "ok:73")]
    [InlineData("1 / 3", "{}", "ok:0.333333")]
    [InlineData("1 / 0", "{}", "error:expr.divideByZero")]
    [InlineData("家庭成员.Count(m => m.年龄 >= 60)", """{"家庭成员": [{"年龄": 70}, {"年龄": 30}]}""", "ok:1")]
    public void Both_backends_agree(string source, string input, string expected)
    {
        Assert.Equal(expected, BothBackends.Evaluate(source, input));
    }
}
