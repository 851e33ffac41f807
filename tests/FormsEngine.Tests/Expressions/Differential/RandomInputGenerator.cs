using System.Text.Json.Nodes;
using FormsEngine.Identity;

namespace FormsEngine.Tests.Expressions.Differential;

/// <summary>
/// Seeded generator of answer documents for <see cref="CommunitySchema"/>: missing fields, nulls, wrong JSON kinds,
/// empty and blank text, boundary numbers (including ones beyond the allowed range and midpoints below the 6th
/// decimal), leap days, invalid dates, valid and invalid ID numbers, and non-BMP Unicode.
/// </summary>
internal sealed class RandomInputGenerator(int seed)
{
    private static readonly double[] Numbers =
    [
        0, -1, 1, 2, 59, 60, 61, 79.999999, 80, 0.5, 2.5, -2.5, 0.0000005, 0.0000015, 1e-7, 99999999.999999,
        -99999999.999999, 1e9, 123.456789, 1234567.891, 3, 7, 10, 0.1, 0.2, 0.3, 100000, 12345678.5,
    ];

    private static readonly string[] Texts =
    [
        "", " ", "东区", "西区", "abc", "ABC", "aBc", "ß", "İ", "\u3000东区\u3000", "😀", "a\nb", "13800138000", "1380013800x",
        "男", "女", "a\"b", "Ω", "东区东区", "1", "\uFEFF", "z",
    ];

    private static readonly string[] Dates =
    [
        "1940-02-29", "1946-03-15", "1946-03-16", "1966-03-14", "2000-01-01", "2026-03-15", "2026-03-16", "2026-02-30", "abc",
        "0001-01-01", "9999-12-31", "2026-1-5", "2026-01-01T00:00:00",
    ];

    private static readonly string[] DateTimes = ["2026-03-15T09:59:59", "2026-03-15 10:00", "2026-03-15T10:00:00.123", "2026-03-15T10:00:01", "bad", "2026-03-15"];

    private static readonly string[] Times = ["08:00", "23:59:59", "24:00", "10:00:00", "9:00", "00:00:00.5"];

    private readonly Random _random = new(seed);

    public JsonObject Next()
    {
        var answers = new JsonObject();
        Maybe(answers, "年龄", Number);
        Maybe(answers, "姓名", Text);
        Maybe(answers, "社区", () => OneOf("东区", "西区", "北区", Text()));
        Maybe(answers, "独居", Bool);
        Maybe(answers, "出生日期", Date);
        Maybe(answers, "身份证号", IdNumber);
        Maybe(answers, "手机号", () => OneOf("13800138000", "1380013800", "23800138000", Text()));
        Maybe(answers, "月收入", Number);
        Maybe(answers, "家庭人数", () => OneOf(0, 1, 2, 3, 5, 1.5));
        Maybe(answers, "返乡日期", Date);
        Maybe(answers, "登记时间", () => OneOf(DateTimes));
        Maybe(answers, "到访时间", () => OneOf(Times));
        Maybe(answers, "兴趣", () => new JsonArray([.. Enumerable.Range(0, _random.Next(4)).Select(_ => _random.Next(6) == 0 ? JsonValue.Create(1) : Text())]));
        Maybe(answers, "家庭成员", () => new JsonArray([.. Enumerable.Range(0, _random.Next(5)).Select(_ => _random.Next(8) == 0 ? null : Member())]));
        Maybe(answers, "志愿服务", () => new JsonArray([.. Enumerable.Range(0, _random.Next(4)).Select(_ => (JsonNode?)new JsonObject { ["时长"] = Number(), ["类型"] = OneOf("助老", "巡逻") })]));
        Maybe(answers, "input1", () => new JsonObject
        {
            ["country"] = OneOf("india", "china", Text()),
            ["loyaltyFactor"] = Number(),
            ["totalPurchasesToDate"] = OneOf(5000, 4999.99, 10000, 0),
        });
        return answers;
    }

    private JsonObject Member()
    {
        var member = new JsonObject();
        Maybe(member, "姓名", Text);
        Maybe(member, "年龄", Number);
        Maybe(member, "关系", () => OneOf("配偶", "子女", "父母"));
        Maybe(member, "残疾", Bool);
        Maybe(member, "出生日期", Date);
        return member;
    }

    private void Maybe(JsonObject target, string name, Func<JsonNode?> value)
    {
        switch (_random.Next(10))
        {
            case 0:
                return;
            case 1:
                target[name] = null;
                return;
            case 2:
                target[name] = OneOf(JsonValue.Create("7"), JsonValue.Create(7), JsonValue.Create(true), new JsonArray(), new JsonObject());
                return;
            default:
                target[name] = value();
                return;
        }
    }

    private JsonNode Number() => _random.Next(5) == 0
        ? JsonValue.Create(Math.Round((_random.NextDouble() - 0.3) * 1000, _random.Next(8)))
        : JsonValue.Create(Numbers[_random.Next(Numbers.Length)]);

    private JsonNode Text() => JsonValue.Create(Texts[_random.Next(Texts.Length)]);

    private JsonNode Bool() => JsonValue.Create(_random.Next(2) == 0);

    private JsonNode Date() => JsonValue.Create(Dates[_random.Next(Dates.Length)]);

    private JsonNode IdNumber()
    {
        var birth = Pick("19460315", "19400229", "20000101", "19660314", "20261301");
        var body = Pick("110101", "440305", "990101") + birth + Pick("123", "124", "001");
        var check = ChineseIdNumber.ComputeCheckCharacter(body);
        return JsonValue.Create(_random.Next(4) switch
        {
            0 => body + (check == '0' ? '1' : '0'),
            1 => body + char.ToLowerInvariant(check),
            _ => body + check,
        });
    }

    private JsonNode OneOf(params JsonNode[] options) => options[_random.Next(options.Length)].DeepClone();

    private JsonValue OneOf(params string[] options) => JsonValue.Create(Pick(options));

    private JsonValue OneOf(params double[] options) => JsonValue.Create(options[_random.Next(options.Length)]);

    private string Pick(params string[] options) => options[_random.Next(options.Length)];
}
