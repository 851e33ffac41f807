using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Packs.Ledger;
using FormsEngine.Host.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Packs.Ledger;

/// <summary>Drives the volunteer-points pack over HTTP: service records, redemptions, staff decisions, posting.</summary>
internal static class LedgerClient
{
    public static string Building(string community) => community == "xinhua-dongqu" ? "dongqu-b1" : "xiqu-b1";

    /// <summary>Records <paramref name="hours"/> of epidemic duty (20 points an hour) and has the staff member approve it.</summary>
    public static async Task CreditAsync(HostFactory factory, HttpClient staff, string community, string phone, double hours)
    {
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var receipt = await SubmitAsync(staff, community, "volunteer-points-service", new JsonObject
        {
            ["姓名"] = "李志愿",
            ["手机号"] = phone,
            ["活动类型"] = "防疫值守",
            ["活动名称"] = "3号楼门岗值守",
            ["服务日期"] = today,
            ["服务时长"] = hours,
        });
        Assert.Equal("eligible", receipt["outcome"]!.GetValue<string>());
        await CompleteAsync(factory, staff, receipt["id"]!.GetValue<string>(), "approve");
    }

    public static Task<JsonObject> RedeemAsync(HttpClient client, string community, string phone, string item, int quantity, object? balance = null)
    {
        var answers = new JsonObject { ["姓名"] = "李志愿", ["手机号"] = phone, ["兑换物品"] = item, ["数量"] = quantity, ["领取方式"] = "自取" };
        if (balance is not null)
        {
            answers["当前余额"] = JsonValue.Create(balance);
        }

        return SubmitAsync(client, community, "volunteer-points-redemption", answers);
    }

    public static async Task<JsonObject> SubmitAsync(HttpClient client, string community, string form, JsonObject answers)
    {
        using var created = await client.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative), new { community, form, answers, building = Building(community) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Completes the submission's open task with <paramref name="outcome"/> and lets its workflow run on.</summary>
    public static async Task CompleteAsync(HostFactory factory, HttpClient staff, string submissionId, string outcome)
    {
        await factory.WorkflowsSettledAsync();
        var task = Assert.Single((await staff.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!, t => t!["submissionId"]!.GetValue<string>() == submissionId)!;
        using var done = await staff.PostAsJsonAsync(new Uri($"/api/v1/tasks/{task["id"]}/complete", UriKind.Relative), new { outcome });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        await factory.WorkflowsSettledAsync();
    }

    /// <summary>Runs the poster once now (the background service would within a few seconds).</summary>
    public static async Task PostAsync(HostFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        await scope.ServiceProvider.GetRequiredService<PointsPoster>().PostDueAsync(PointsLedgerConfig.VolunteerPoints, CancellationToken.None);
    }

    public static async Task<JsonObject> AccountAsync(HttpClient staff, string phone)
    {
        using var response = await staff.PostAsJsonAsync(new Uri("/api/v1/points/lookup", UriKind.Relative), new { phone });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The caller's single community account of <paramref name="phone"/>.</summary>
    public static async Task<JsonObject> SingleAccountAsync(HttpClient staff, string phone) =>
        Assert.Single((await AccountAsync(staff, phone))["accounts"]!.AsArray())!.AsObject();
}
