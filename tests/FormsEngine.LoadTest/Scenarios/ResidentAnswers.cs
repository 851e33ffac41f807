using System.Globalization;

namespace FormsEngine.LoadTest.Scenarios;

/// <summary>
/// Valid, varied answers to the elderly-allowance form: a name, a resident ID number with a correct GB 11643 check
/// digit and a birth date between 1930 and 1965 (so some applicants are 80 or over and some are not), a mobile number,
/// household registration, years of residence and the two yes/no questions.
/// </summary>
internal sealed class ResidentAnswers(int seed)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] GivenNames = ["秀英", "桂兰", "建国", "淑珍", "玉兰", "国华", "志强", "凤英", "德明", "春梅"];
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    private readonly Random _random = new(seed);

    public List<KeyValuePair<string, string>> Next() =>
    [
        new("姓名", Surnames[_random.Next(Surnames.Length)] + GivenNames[_random.Next(GivenNames.Length)]),
        new("身份证号", IdNumber()),
        new("手机号", "138" + _random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture)),
        new("户籍", _random.Next(5) == 0 ? "外地" : "本市"),
        new("居住年限", _random.Next(0, 61).ToString(CultureInfo.InvariantCulture)),
        new("独居", _random.Next(2) == 0 ? "true" : "false"),
        new("已领取其他养老补贴", _random.Next(6) == 0 ? "true" : "false"),
    ];

    /// <summary>An 18-character ID number of 北京市朝阳区 (110105) with a valid check digit.</summary>
    public string IdNumber()
    {
        var birth = new DateOnly(1930, 1, 1).AddDays(_random.Next(0, 36 * 365));
        var body = "110105" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + _random.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return body + CheckDigits[sum % 11];
    }
}
