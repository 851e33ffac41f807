using System.Globalization;

namespace FormsEngine.FaultTests.Infrastructure;

/// <summary>
/// One made-up 高龄津贴 applicant, unique by <paramref name="Number"/>: a valid resident ID number (GB 11643-1999
/// check digit, born 1930–1943 so the rules find them eligible), a unique phone and name. The ID number is the
/// marker that finds the submission again.
/// </summary>
internal sealed record Applicant(int Number)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public string Name => "演练" + Number.ToString(CultureInfo.InvariantCulture);

    public string Mobile => "139" + Number.ToString("D8", CultureInfo.InvariantCulture);

    public string IdNumber
    {
        get
        {
            var born = new DateOnly(1930, 1, 1).AddDays(Number % 5000);
            var body = "110105" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                + (100 + (Number / 5000)).ToString("D3", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                sum += (body[i] - '0') * Weights[i];
            }

            return body + "10X98765432"[sum % 11];
        }
    }

    /// <summary>The answers as the resident page posts them (form-urlencoded field names are the form's keys).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields =>
    [
        new("姓名", Name),
        new("身份证号", IdNumber),
        new("手机号", Mobile),
        new("户籍", "本市"),
        new("居住年限", (10 + (Number % 50)).ToString(CultureInfo.InvariantCulture)),
        new("独居", Number % 2 == 0 ? "true" : "false"),
        new("已领取其他养老补贴", "false"),
    ];
}
