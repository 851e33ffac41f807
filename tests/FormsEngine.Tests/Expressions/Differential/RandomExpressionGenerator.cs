using System.Globalization;

namespace FormsEngine.Tests.Expressions.Differential;

/// <summary>
/// Seeded, type-directed generator of random but type-correct expressions over <see cref="CommunitySchema"/>.
/// Each method produces source text of one type; depth bounds the size.
/// </summary>
internal sealed class RandomExpressionGenerator(int seed)
{
    private static readonly string[] NumberLiterals = ["0", "1", "2", "3", "7", "10", "60", "80", "0.5", "2.5", "3.14", "100", "1234.5678", "0.000001", "99999999", "0.333333"];
    private static readonly string[] TextLiterals = ["\"东区\"", "\"西区\"", "\"\"", "\" 东区 \"", "'abc'", "\"ABC\"", "\"a\\\"b\"", "\"Ω\"", "\"😀\"", "\"1\"", "\"男\"", "\"女\"", "\"110101\""];
    private static readonly string[] DateLiterals = ["date(\"2026-01-01\")", "date(\"1946-03-15\")", "date(\"2000-02-29\")", "today()"];
    private static readonly string[] Patterns = ["\"^1[3-9]\\\\d{9}$\"", "\"东区\"", "\"^[A-Z]\"", "\"\\\\s\"", "\"^\\\\d{6}$\"", "\"a.c\"", "\"^$\""];

    private readonly Random _random = new(seed);
    private readonly Stack<(string Name, string List)> _lambdas = new();
    private int _nextParameter;

    public string Next()
    {
        return Pick(6) switch
        {
            0 or 1 => Bool(0),
            2 or 3 => Number(0),
            4 => Text(0),
            _ => Date(0),
        };
    }

    public string Bool(int depth)
    {
        if (depth >= 4)
        {
            return OneOf("独居", "true", "false", "idValid(身份证号)", "isBlank(姓名)", Compare(depth));
        }

        var n = depth + 1;
        return Pick(24) switch
        {
            22 => Lambda("兴趣", p => $"兴趣.Any({p} => {p}.{OneOf("StartsWith", "Contains", "EndsWith")}({Text(n)}))"),
            23 => Lambda("家庭成员", p => $"家庭成员.Where({p} => {Bool(n)}).Any()"),
            0 or 1 => Compare(n),
            2 => $"{Bool(n)} && {Bool(n)}",
            3 => $"({Bool(n)} || {Bool(n)})",
            4 => $"{Bool(n)} AND {Bool(n)}",
            5 => $"({Bool(n)} or {Bool(n)})",
            6 => $"!{Atom(Bool(n))}",
            7 => $"NOT {Atom(Bool(n))}",
            8 => $"{Text(n)} {OneOf("==", "!=", "<", ">=")} {Text(n)}",
            9 => $"{Date(n)} {OneOf("==", "<", "<=", ">", "!=")} {Date(n)}",
            10 => $"{Atom(Text(n))}.{OneOf("Contains", "StartsWith", "EndsWith")}({Text(n)})",
            11 => $"matches({Text(n)}, {OneOf(Patterns)})",
            12 => $"in({Number(n)}, {OneOf(NumberLiterals)}, {OneOf(NumberLiterals)}, null)",
            13 => $"兴趣.Contains({Text(n)})",
            14 => Lambda("家庭成员", p => $"家庭成员.{OneOf("Any", "All")}({p} => {Bool(n)})"),
            15 => $"{OneOf("独居", "姓名", "年龄", "出生日期", "兴趣", "家庭成员", "input1")} {OneOf("==", "!=")} null",
            16 => $"isBlank({OneOf("姓名", "兴趣", "手机号", "身份证号")})",
            17 => $"(独居 ?? {Bool(n)})",
            18 => $"({Bool(n)} ? {Bool(n)} : {Bool(n)})",
            19 => $"登记时间 {OneOf("<", ">=", "==")} now() || 到访时间 {OneOf("<", ">")} 到访时间",
            20 => OneOf("家庭成员.Any()", "兴趣.Any()", "idValid(身份证号)", "独居 == true", "独居 == false"),
            _ => $"in({Text(n)}, \"东区\", \"西区\", 社区)",
        };
    }

    public string Number(int depth)
    {
        if (depth >= 4)
        {
            return OneOf(OneOf(NumberLiterals), NumberField(), NumberField());
        }

        var n = depth + 1;
        return Pick(24) switch
        {
            22 => Lambda("家庭成员", p => $"家庭成员.Where({p} => {Bool(n)}).Count()"),
            23 => Lambda("家庭成员", p => $"家庭成员.Select({p} => {Number(n)}).Sum()"),
            0 or 1 => OneOf(NumberLiterals),
            2 or 3 => NumberField(),
            4 => $"{Number(n)} + {Number(n)}",
            5 => $"{Number(n)} - {Atom(Number(n))}",
            6 => $"{Atom(Number(n))} * {Atom(Number(n))}",
            7 => $"{Atom(Number(n))} / {Atom(Number(n))}",
            8 => $"{Atom(Number(n))} % {Atom(Number(n))}",
            9 => $"-{Atom(Number(n))}",
            10 => $"round({Number(n)}{OneOf("", ", 0", ", 1", ", 2", ", 6")})",
            11 => $"{OneOf("min", "max")}({Number(n)}, {Number(n)}{OneOf("", ", null", ", 5")})",
            12 => $"len({Text(n)})",
            13 => OneOf("兴趣.Count()", "家庭成员.Count()", "len(兴趣)", "家庭成员.Count"),
            14 => Lambda("家庭成员", p => $"家庭成员.Count({p} => {Bool(n)})"),
            15 => Lambda("家庭成员", p => $"家庭成员.Sum({p} => {Number(n)})"),
            16 => Lambda("志愿服务", p => $"志愿服务.Sum({p} => {p}.时长 * {OneOf("1", "2", "0.5")})"),
            17 => $"age({Date(n)})",
            18 => $"daysBetween({Date(n)}, {Date(n)})",
            19 => $"({Bool(n)} ? {Number(n)} : {Number(n)})",
            20 => $"({Number(n)} ?? {Number(n)})",
            _ => $"{Atom(Text(n))}.Length",
        };
    }

    public string Text(int depth)
    {
        if (depth >= 4)
        {
            return OneOf(OneOf(TextLiterals), TextField(), TextField());
        }

        var n = depth + 1;
        return Pick(16) switch
        {
            14 => Lambda("家庭成员", p => $"家庭成员.Where({p} => {Bool(n)}).Select({p} => {Text(n)})[{OneOf("0", "1")}]"),
            15 => Lambda("兴趣", p => $"兴趣.Where({p} => {p} != {Text(n)})[0]"),
            0 or 1 => OneOf(TextLiterals),
            2 or 3 => TextField(),
            4 => $"{Text(n)} + {Text(n)}",
            5 => $"{Text(n)} + {Atom(OneOf(Number(n), Bool(n), Date(n)))}",
            6 => $"{Atom(Text(n))}.{OneOf("ToUpper", "ToLower", "Trim")}()",
            7 => $"{OneOf("idSex", "idRegion")}({Text(n)})",
            8 => $"({Bool(n)} ? {Text(n)} : {Text(n)})",
            9 => $"({Text(n)} ?? {Text(n)})",
            10 => $"兴趣[{OneOf("0", "1", "-1", "0.5", "家庭人数")}]",
            11 => $"家庭成员[{OneOf("0", "1", "5")}].{OneOf("姓名", "关系")}",
            12 => "\"\" + 登记时间 + \"/\" + 到访时间",
            _ => $"{Atom(Text(n))}.Trim().ToUpper()",
        };
    }

    public string Date(int depth)
    {
        if (depth >= 4)
        {
            return OneOf(OneOf(DateLiterals), DateField());
        }

        var n = depth + 1;
        return Pick(8) switch
        {
            0 or 1 => OneOf(DateLiterals),
            2 or 3 => DateField(),
            4 => $"idBirthDate({Text(n)})",
            5 => $"({Bool(n)} ? {Date(n)} : {Date(n)})",
            6 => $"({Date(n)} ?? {Date(n)})",
            _ => OneOf("date(登记时间)", "date(身份证号)", "date(姓名)"),
        };
    }

    private string Compare(int n) => $"{Number(n)} {OneOf("==", "!=", "<", "<=", ">", ">=", "=", "<>")} {Number(n)}";

    private string NumberField()
    {
        var fields = new List<string> { "年龄", "月收入", "家庭人数", "input1.loyaltyFactor", "input1.totalPurchasesToDate" };
        foreach (var (name, list) in _lambdas)
        {
            if (list != "兴趣")
            {
                fields.Add(list == "家庭成员" ? name + ".年龄" : name + ".时长");
            }
        }

        return OneOf([.. fields]);
    }

    private string TextField()
    {
        var fields = new List<string> { "姓名", "社区", "身份证号", "手机号", "input1.country" };
        foreach (var (name, list) in _lambdas)
        {
            fields.Add(list switch
            {
                "家庭成员" => name + OneOf(".姓名", ".关系"),
                "兴趣" => name,
                _ => name + ".类型",
            });
        }

        return OneOf([.. fields]);
    }

    private string DateField()
    {
        var fields = new List<string> { "出生日期", "返乡日期" };
        foreach (var (name, list) in _lambdas)
        {
            if (list == "家庭成员")
            {
                fields.Add(name + ".出生日期");
            }
        }

        return OneOf([.. fields]);
    }

    private string Lambda(string list, Func<string, string> build)
    {
        var name = OneOf("m", "x", "成员", "it") + (_nextParameter++).ToString(CultureInfo.InvariantCulture);
        _lambdas.Push((name, list));
        try
        {
            return build(name);
        }
        finally
        {
            _lambdas.Pop();
        }
    }

    private static string Atom(string source) => "(" + source + ")";

    private int Pick(int count) => _random.Next(count);

    private string OneOf(params string[] options) => options[_random.Next(options.Length)];
}
