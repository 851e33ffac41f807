namespace FormsEngine.Tests.Expressions.Functions;

/// <summary>Each built-in, on both backends. The clock is fixed at 2026-03-15 10:00 Asia/Shanghai.</summary>
public sealed class BuiltinFunctionTests
{
    // Valid GB 11643 numbers born 1946-03-15 (sequence 124 is even: woman; 123 is odd: man).
    private const string Woman1946 = "110101194603151242";
    private const string Man1946 = "110101194603151234";

    [Theory]
    [InlineData("today()", "{}", "ok:\"2026-03-15\"")]
    [InlineData("now()", "{}", "ok:\"2026-03-15T10:00:00\"")]
    [InlineData("date(\"2026-01-01\")", "{}", "ok:\"2026-01-01\"")]
    [InlineData("date(登记时间)", """{"登记时间": "2026-03-15T23:59:59"}""", "ok:\"2026-03-15\"")]
    [InlineData("date(姓名)", """{"姓名": "2024-02-29"}""", "ok:\"2024-02-29\"")]
    [InlineData("date(姓名)", """{"姓名": "2023-02-29"}""", "ok:null")]
    [InlineData("age(出生日期)", """{"出生日期": "1946-03-15"}""", "ok:80")]
    [InlineData("age(出生日期)", """{"出生日期": "1946-03-16"}""", "ok:79")]
    [InlineData("age(出生日期)", """{"出生日期": "1944-02-29"}""", "ok:82")]
    [InlineData("age(出生日期)", "{}", "ok:null")]
    [InlineData("age(登记时间)", """{"登记时间": "2000-03-15 08:00"}""", "ok:26")]
    [InlineData("daysBetween(返乡日期, today())", """{"返乡日期": "2026-03-01"}""", "ok:14")]
    [InlineData("daysBetween(today(), 返乡日期)", """{"返乡日期": "2026-03-01"}""", "ok:-14")]
    [InlineData("daysBetween(date(\"2024-02-28\"), date(\"2024-03-01\"))", "{}", "ok:2")]
    [InlineData("daysBetween(返乡日期, today())", "{}", "ok:null")]
    public void Dates(string source, string input, string expected) => Assert.Equal(expected, BothBackends.Evaluate(source, input));

    [Theory]
    [InlineData("idValid(身份证号)", Woman1946, "ok:true")]
    [InlineData("idValid(身份证号)", "110101194603151249", "ok:false")]
    [InlineData("idValid(身份证号)", "11010119460315124", "ok:false")]
    [InlineData("idValid(身份证号)", "990101194603151248", "ok:false")]
    [InlineData("idValid(身份证号)", "110101194602301240", "ok:false")]
    [InlineData("idValid(身份证号)", "11010119460315123x", "ok:false")]
    [InlineData("idBirthDate(身份证号)", Woman1946, "ok:\"1946-03-15\"")]
    [InlineData("idBirthDate(身份证号)", "110101194603151249", "ok:null")]
    [InlineData("idSex(身份证号)", Woman1946, "ok:\"女\"")]
    [InlineData("idSex(身份证号)", Man1946, "ok:\"男\"")]
    [InlineData("idRegion(身份证号)", Woman1946, "ok:\"110101\"")]
    [InlineData("age(idBirthDate(身份证号)) >= 80", Woman1946, "ok:true")]
    public void Id_numbers(string source, string id, string expected) =>
        Assert.Equal(expected, BothBackends.Evaluate(source, $$"""{"身份证号": "{{id}}"}"""));

    [Fact]
    public void Id_check_accepts_a_lower_case_x()
    {
        var body = "11010519491231002";
        var check = FormsEngine.Identity.ChineseIdNumber.ComputeCheckCharacter(body);
        Assert.Equal('X', check);
        Assert.Equal("ok:true", BothBackends.Evaluate("idValid(身份证号)", $$"""{"身份证号": "{{body}}x"}"""));
        Assert.Equal("ok:false", BothBackends.Evaluate("idValid(身份证号)", "{}"));
    }

    [Theory]
    [InlineData("len(姓名)", """{"姓名": "张三"}""", "ok:2")]
    [InlineData("len(姓名)", """{"姓名": "😀"}""", "ok:2")]
    [InlineData("len(姓名)", "{}", "ok:0")]
    [InlineData("len(兴趣)", """{"兴趣": ["书法", "太极"]}""", "ok:2")]
    [InlineData("姓名.Length", """{"姓名": "abc"}""", "ok:3")]
    [InlineData("matches(手机号, \"^1[3-9]\\\\d{9}$\")", """{"手机号": "13800138000"}""", "ok:true")]
    [InlineData("matches(手机号, \"^1[3-9]\\\\d{9}$\")", """{"手机号": "12800138000"}""", "ok:false")]
    [InlineData("matches(手机号, \"^1[3-9]\\\\d{9}$\")", "{}", "ok:false")]
    [InlineData("matches(姓名, \"\\\\s\")", """{"姓名": "张\u3000三"}""", "ok:true")]
    [InlineData("matches(姓名, \"^.$\")", """{"姓名": "\n"}""", "ok:false")]
    [InlineData("isBlank(姓名)", """{"姓名": " \u3000 "}""", "ok:true")]
    [InlineData("isBlank(姓名)", """{"姓名": "张"}""", "ok:false")]
    [InlineData("isBlank(姓名)", "{}", "ok:true")]
    [InlineData("isBlank(兴趣)", """{"兴趣": []}""", "ok:true")]
    [InlineData("isBlank(年龄)", """{"年龄": 0}""", "ok:false")]
    [InlineData("in(社区, \"东区\", \"西区\")", """{"社区": "西区"}""", "ok:true")]
    [InlineData("in(社区, \"东区\", \"西区\")", """{"社区": "北区"}""", "ok:false")]
    [InlineData("in(社区, \"东区\", null)", "{}", "ok:false")]
    [InlineData("in(年龄, 60, 70)", """{"年龄": 70.0}""", "ok:true")]
    [InlineData("姓名.Contains(\"三\")", """{"姓名": "张三"}""", "ok:true")]
    [InlineData("姓名.Contains(\"三\")", "{}", "ok:false")]
    [InlineData("姓名.StartsWith(\"张\")", """{"姓名": "张三"}""", "ok:true")]
    [InlineData("姓名.EndsWith(\"张\")", """{"姓名": "张三"}""", "ok:false")]
    [InlineData("姓名.ToUpper()", """{"姓名": "abc-ß-é"}""", "ok:\"ABC-ß-é\"")]
    [InlineData("姓名.ToLower()", """{"姓名": "ABC-İ"}""", "ok:\"abc-İ\"")]
    [InlineData("姓名.Trim()", """{"姓名": "\u3000 张三 \t"}""", "ok:\"张三\"")]
    [InlineData("姓名.Trim()", "{}", "ok:null")]
    [InlineData("兴趣.Contains(\"书法\")", """{"兴趣": ["书法", 3]}""", "ok:true")]
    public void Text_and_values(string source, string input, string expected) => Assert.Equal(expected, BothBackends.Evaluate(source, input));

    [Theory]
    [InlineData("round(2.5)", "ok:3")]
    [InlineData("round(-2.5)", "ok:-3")]
    [InlineData("round(1.005, 2)", "ok:1.01")]
    [InlineData("round(1.2345, 3)", "ok:1.235")]
    [InlineData("round(null)", "ok:null")]
    [InlineData("round(1, 家庭人数)", "error:expr.roundDigits")]
    [InlineData("min(3, 1, 2)", "ok:1")]
    [InlineData("max(3, 1, 2)", "ok:3")]
    [InlineData("max(null, 2)", "ok:2")]
    [InlineData("min(年龄, 月收入)", "ok:null")]
    public void Numbers(string source, string expected) => Assert.Equal(expected, BothBackends.Evaluate(source, "{}"));

    [Theory]
    [InlineData("家庭成员.Any(m => m.年龄 >= 80)", "ok:true")]
    [InlineData("家庭成员.All(m => m.年龄 >= 80)", "ok:false")]
    [InlineData("家庭成员.Count()", "ok:3")]
    [InlineData("家庭成员.Count(m => m.年龄 == null)", "ok:1")]
    [InlineData("家庭成员.Sum(m => m.年龄)", "ok:120")]
    [InlineData("家庭成员.Where(m => m.年龄 > 10).Select(m => m.姓名)", "ok:[\"奶奶\",\"小明\"]")]
    [InlineData("家庭成员.Select(m => m.年龄)", "ok:[85,35,null]")]
    [InlineData("家庭成员.Select(m => m.年龄).Sum()", "ok:120")]
    [InlineData("家庭成员[0]", "ok:{\"姓名\":\"奶奶\",\"年龄\":85}")]
    [InlineData("家庭成员[3]", "ok:null")]
    [InlineData("家庭成员[0.5]", "ok:null")]
    [InlineData("家庭成员.Any()", "ok:true")]
    [InlineData("志愿服务.Sum(v => v.时长)", "ok:0")]
    [InlineData("志愿服务.All(v => v.时长 > 100)", "ok:true")]
    [InlineData("志愿服务.Where(v => v.时长 > 1)", "ok:[]")]
    public void Collections(string source, string expected)
    {
        const string family = """{"家庭成员": [{"姓名": "奶奶", "年龄": 85}, {"姓名": "小明", "年龄": 35}, {"姓名": "宝宝"}, 7, null]}""";
        Assert.Equal(expected, BothBackends.Evaluate(source, family));
    }
}
