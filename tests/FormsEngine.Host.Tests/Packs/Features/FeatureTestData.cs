using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Packs.Features;

/// <summary>Answers and calls shared by the pack feature tests.</summary>
internal static class FeatureTestData
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static int _serial = 100;

    /// <summary>A valid GB 11643 ID number of someone born on <paramref name="birth"/>, unique within the test run.</summary>
    public static string IdNumber(string birth = "19800101")
    {
        var serial = Interlocked.Increment(ref _serial) % 1000;
        var body = "110105" + birth + serial.ToString("D3", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static JsonObject Member(string name, string idNumber, string relation, string? mobile = null)
    {
        var member = new JsonObject { ["姓名"] = name, ["身份证号"] = idNumber, ["与户主关系"] = relation };
        if (mobile is not null)
        {
            member["手机号"] = mobile;
        }

        return member;
    }

    public static JsonObject Household(params JsonObject[] members) => new()
    {
        ["登记类型"] = "新建档案",
        ["房号"] = "2单元301",
        ["住房性质"] = "自有住房",
        ["联系电话"] = "13800138000",
        ["家庭成员"] = new JsonArray(members.Select(m => (JsonNode)m).ToArray()),
        ["承诺属实"] = true,
    };

    /// <summary>Posts a submission as staff and returns the receipt (id, reference, outcome).</summary>
    public static async Task<JsonObject> SubmitAsync(HttpClient staff, string community, string form, JsonObject answers, string building)
    {
        using var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative), new { community, form, answers, building });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The open task of <paramref name="submissionId"/> in the caller's inbox.</summary>
    public static async Task<JsonNode> TaskOfAsync(HttpClient staff, string submissionId)
    {
        var inbox = (await staff.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!;
        return Assert.Single(inbox, t => t!["submissionId"]!.GetValue<string>() == submissionId)!;
    }
}
