using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Tests.Submissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Tenancy;

/// <summary>
/// The demo street (两个社区) plus a second street office with its own community, one submission in each community
/// (east g1, east g2, west, other street), each with its workflow task: the world the isolation matrix probes.
/// </summary>
public sealed class TenantWorld : IAsyncLifetime
{
    public const string OtherStreet = "chaoyang";
    public const string OtherCommunity = "chaoyang-beiqu";

    public HostFactory Factory { get; } = new();

    /// <summary>Submission id per label: east-g1, east-g2, west, other.</summary>
    public Dictionary<string, string> Submissions { get; } = [];

    /// <summary>The open grid-check task per label.</summary>
    public Dictionary<string, string> Tasks { get; } = [];

    /// <summary>Which labels each account may see.</summary>
    public static IReadOnlyDictionary<string, string[]> Visible { get; } = new Dictionary<string, string[]>
    {
        ["admin"] = ["east-g1", "east-g2", "west"],
        ["dongqu.admin"] = ["east-g1", "east-g2"],
        ["dongqu.staff"] = ["east-g1", "east-g2"],
        ["dongqu.grid1"] = ["east-g1"],
        ["dongqu.grid2"] = ["east-g2"],
        ["xiqu.admin"] = ["west"],
        ["xiqu.staff"] = ["west"],
        ["xiqu.grid1"] = ["west"],
        ["other.admin"] = ["other"],
    };

    public static IEnumerable<string> Labels => ["east-g1", "east-g2", "west", "other"];

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        await AddOtherStreetAsync();
        await SubmitAsync("east-g1", "dongqu.staff", "xinhua-dongqu", "dongqu-b1", "110105194003070014");
        await SubmitAsync("east-g2", "dongqu.staff", "xinhua-dongqu", "dongqu-b3", "110105193503070016");
        await SubmitAsync("west", "xiqu.staff", "xinhua-xiqu", "xiqu-b1", "110105194003070022");
        await SubmitAsync("other", "other.admin", OtherCommunity, "beiqu-b1", "110105194201010039");
        await Factory.WorkflowsSettledAsync();
        foreach (var (label, worker) in new[] { ("east-g1", "dongqu.grid1"), ("east-g2", "dongqu.grid2"), ("west", "xiqu.grid1"), ("other", "other.grid") })
        {
            using var client = await Factory.CreateStaffClientAsync(worker);
            var inbox = (await client.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!;
            Tasks[label] = inbox.Single(t => t!["submissionId"]!.GetValue<string>() == Submissions[label])!["id"]!.GetValue<string>();
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task SubmitAsync(string label, string user, string community, string building, string idNumber)
    {
        using var client = await Factory.CreateStaffClientAsync(user);
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community, form = "elderly-allowance", answers = StaffSubmissionApiTests.ElderlyAnswers(idNumber: idNumber), building });
        response.EnsureSuccessStatusCode();
        Submissions[label] = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private async Task AddOtherStreetAsync()
    {
        using var scope = Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
        db.Tenants.AddRange(
            new TenantRow { Id = OtherStreet, Kind = TenantKind.Street, StreetId = OtherStreet, Name = "朝阳街道" },
            new TenantRow { Id = OtherCommunity, Kind = TenantKind.Community, ParentId = OtherStreet, StreetId = OtherStreet, CommunityId = OtherCommunity, Name = "北区社区" },
            new TenantRow { Id = "beiqu-g1", Kind = TenantKind.Grid, ParentId = OtherCommunity, StreetId = OtherStreet, CommunityId = OtherCommunity, GridId = "beiqu-g1", Name = "北区第一网格" },
            new TenantRow { Id = "beiqu-b1", Kind = TenantKind.Building, ParentId = "beiqu-g1", StreetId = OtherStreet, CommunityId = OtherCommunity, GridId = "beiqu-g1", Name = "北苑1栋" });
        db.Publications.Add(new PublicationRow { StreetId = OtherStreet, CommunityId = OtherCommunity, FormId = "elderly-allowance", FormVersion = 1, PublishedBy = "test", RetentionDays = 30 });
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var (name, role, grid) in new[] { ("other.admin", StaffRoles.CommunityAdmin, (string?)null), ("other.grid", StaffRoles.GridWorker, "beiqu-g1") })
        {
            var user = new StaffUser { UserName = name, DisplayName = name, StreetId = OtherStreet, CommunityId = OtherCommunity, GridId = grid };
            Assert.True((await users.CreateAsync(user, HostFactory.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }
}
