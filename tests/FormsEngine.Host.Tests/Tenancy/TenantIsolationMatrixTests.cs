using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Tests.Submissions;

namespace FormsEngine.Host.Tests.Tenancy;

/// <summary>
/// Every endpoint × every role × own / other tenant: a submission, its files, its task and its community's
/// publications are reachable only from inside the tenant (street → community → grid). Outside, they do not exist (404,
/// or absent from lists and exports), and nothing changes.
/// </summary>
public sealed class TenantIsolationMatrixTests : IClassFixture<TenantWorld>
{
    private readonly TenantWorld _world;

    public TenantIsolationMatrixTests(TenantWorld world) => _world = world;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in TenantWorld.Visible.Keys)
        {
            foreach (var label in TenantWorld.Labels)
            {
                data.Add(user, label);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Submission_detail_files_and_unmasked_view(string user, string label)
    {
        using var client = await _world.Factory.CreateStaffClientAsync(user);
        var own = TenantWorld.Visible[user].Contains(label);
        var id = _world.Submissions[label];

        using var detail = await client.GetAsync(new Uri($"/api/v1/submissions/{id}", UriKind.Relative));
        using var clear = await client.GetAsync(new Uri($"/api/v1/submissions/{id}?unmasked=true", UriKind.Relative));
        using var file = await client.GetAsync(new Uri($"/api/v1/submissions/{id}/files/nothing", UriKind.Relative));

        Assert.Equal(own ? HttpStatusCode.OK : HttpStatusCode.NotFound, detail.StatusCode);
        var expectedClear = !own ? HttpStatusCode.NotFound : user == "admin" ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
        Assert.Equal(expectedClear, clear.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Lists_filters_and_exports_show_only_the_tenant(string user, string label)
    {
        using var client = await _world.Factory.CreateStaffClientAsync(user);
        var own = TenantWorld.Visible[user].Contains(label);
        var id = _world.Submissions[label];

        var page = (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/submissions?pageSize=200", UriKind.Relative)))!;
        var ids = page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(own, ids.Contains(id));
        Assert.All(page["items"]!.AsArray(), item => AssertInScope(user, item!));

        var community = label switch { "west" => "xinhua-xiqu", "other" => TenantWorld.OtherCommunity, _ => "xinhua-dongqu" };
        var filtered = (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/submissions?community={community}", UriKind.Relative)))!;
        Assert.All(filtered["items"]!.AsArray(), item => AssertInScope(user, item!));

        var reference = (await ReferenceOf(label))!;
        var csv = await client.GetStringAsync(new Uri("/api/v1/submissions/export.csv?form=elderly-allowance", UriKind.Relative));
        Assert.Equal(own, csv.Contains(reference, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Tasks_inbox_claim_and_complete_stay_in_the_tenant(string user, string label)
    {
        using var client = await _world.Factory.CreateStaffClientAsync(user);
        var own = TenantWorld.Visible[user].Contains(label);
        var task = _world.Tasks[label];

        var inbox = (await client.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/tasks", UriKind.Relative)))!;
        Assert.DoesNotContain(inbox, t => _world.Submissions.Any(s => s.Value == t!["submissionId"]!.GetValue<string>() && !TenantWorld.Visible[user].Contains(s.Key)));

        if (!own)
        {
            using var claim = await client.PostAsync(new Uri($"/api/v1/tasks/{task}/claim", UriKind.Relative), null);
            using var complete = await client.PostAsJsonAsync(new Uri($"/api/v1/tasks/{task}/complete", UriKind.Relative), new { outcome = "reject", comment = "越权" });
            Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, complete.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Submitting_into_another_community_is_not_possible(string user, string label)
    {
        using var client = await _world.Factory.CreateStaffClientAsync(user);
        var own = TenantWorld.Visible[user].Contains(label);
        var community = label switch { "west" => "xinhua-xiqu", "other" => TenantWorld.OtherCommunity, _ => "xinhua-dongqu" };
        var publications = (await client.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/publications", UriKind.Relative)))!;
        var communityVisible = publications.Any(p => p!["communityId"]!.GetValue<string>() == community);

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community, form = "elderly-allowance", answers = StaffSubmissionApiTests.ElderlyAnswers(idNumber: "110105195001010039") });

        // Grid workers see their whole community's publications (they register residents of any building).
        var mayPublishInto = own || (user.Contains("grid", StringComparison.Ordinal) && communityVisible);
        Assert.Equal(mayPublishInto, communityVisible);
        Assert.Equal(mayPublishInto ? HttpStatusCode.Created : HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A listed submission lies inside the account's street, community and grid.</summary>
    private static void AssertInScope(string user, JsonNode item)
    {
        var community = item["communityId"]!.GetValue<string>();
        var grid = item["gridId"]?.GetValue<string>();
        var allowed = user switch
        {
            "admin" => community is "xinhua-dongqu" or "xinhua-xiqu",
            "other.admin" => community == TenantWorld.OtherCommunity,
            "dongqu.grid1" => community == "xinhua-dongqu" && grid == "dongqu-g1",
            "dongqu.grid2" => community == "xinhua-dongqu" && grid == "dongqu-g2",
            "xiqu.grid1" => community == "xinhua-xiqu" && grid == "xiqu-g1",
            _ => community == (user.StartsWith("dongqu", StringComparison.Ordinal) ? "xinhua-dongqu" : "xinhua-xiqu"),
        };
        Assert.True(allowed, $"{user} sees {community}/{grid}");
    }

    private async Task<string?> ReferenceOf(string label)
    {
        var owner = TenantWorld.Visible.First(v => v.Value.Contains(label) && v.Key != "admin").Key;
        using var client = await _world.Factory.CreateStaffClientAsync(owner);
        return (await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/submissions/{_world.Submissions[label]}", UriKind.Relative)))!["reference"]!.GetValue<string>();
    }
}
