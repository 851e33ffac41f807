using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.FaultTests.Infrastructure;

namespace FormsEngine.FaultTests.Faults;

/// <summary>
/// Opens each acknowledged submission through the staff API as 东区 staff (<c>dongqu.staff</c> may open personal
/// data; each clear view is audited by the host): found by its ID number exactly once, the receipt's id, every answer
/// present, and the decrypted ID number, phone and name equal to what was sent.
/// </summary>
internal sealed class StoredCheck : IDisposable
{
    private static readonly string[] AnswerKeys = ["姓名", "身份证号", "年龄", "手机号", "户籍", "居住年限", "独居", "已领取其他养老补贴"];

    private readonly HttpClient _staff;

    private StoredCheck(HttpClient staff) => _staff = staff;

    public static async Task<StoredCheck> SignInAsync(Uri baseAddress) => new(await StaffClient.SignInAsync(baseAddress, "dongqu.staff"));

    /// <summary>Every problem found (empty when all is well), each naming the applicant.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(IEnumerable<(Applicant Applicant, string ReceiptId)> acknowledged)
    {
        var problems = new List<string>();
        await Parallel.ForEachAsync(acknowledged, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, ct) =>
        {
            var problem = await CheckAsync(item.Applicant, item.ReceiptId, ct);
            if (problem is not null)
            {
                lock (problems)
                {
                    problems.Add($"{item.Applicant.Name} ({item.Applicant.IdNumber}): {problem}");
                }
            }
        });
        return problems;
    }

    public void Dispose() => _staff.Dispose();

    private async Task<string?> CheckAsync(Applicant applicant, string receiptId, CancellationToken ct)
    {
        var found = await _staff.GetFromJsonAsync<JsonObject>(new Uri($"api/v1/submissions?form=elderly-allowance&idNumber={applicant.IdNumber}", UriKind.Relative), ct);
        var total = found!["total"]!.GetValue<int>();
        if (total != 1)
        {
            return $"按身份证号找到 {total} 条（应为 1）/ {total} stored for this ID number, expected 1";
        }

        var id = found["items"]![0]!["id"]!.GetValue<string>();
        if (id != receiptId)
        {
            return $"回执编号 {receiptId} 与存储的 {id} 不同 / the receipt named {receiptId} but {id} is stored";
        }

        using var response = await _staff.GetAsync(new Uri($"api/v1/submissions/{id}?unmasked=true", UriKind.Relative), ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"无法打开（{(int)response.StatusCode}）/ could not open it: {await response.Content.ReadAsStringAsync(ct)}";
        }

        var info = (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!;
        var answers = info["answers"]!.AsObject();
        var missing = AnswerKeys.Where(k => !answers.ContainsKey(k)).ToList();
        if (info["unmasked"]?.GetValue<bool>() != true || missing.Count > 0)
        {
            return $"答案不完整或未解密，缺少 {string.Join("、", missing)} / incomplete or still masked: {answers.ToJsonString()}";
        }

        return Text(answers, "身份证号") == applicant.IdNumber && Text(answers, "手机号") == applicant.Mobile && Text(answers, "姓名") == applicant.Name
            ? null
            : $"解密后的内容与提交的不同 / the decrypted answers differ from what was sent: {answers.ToJsonString()}";
    }

    private static string? Text(JsonObject answers, string key) => answers[key]?.GetValue<string>();
}
