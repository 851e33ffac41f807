using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Tests.Submissions;

namespace FormsEngine.Host.Tests.Api;

/// <summary>The audit log over HTTP: admins of the tenant read it; other roles and other tenants do not.</summary>
public sealed class AuditEndpointsTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Unmasked_view_shows_in_the_community_admins_audit_log_only()
    {
        using var staff = await factory.CreateStaffClientAsync("dongqu.staff");
        using var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community = "xinhua-dongqu", form = "elderly-allowance", answers = StaffSubmissionApiTests.ElderlyAnswers() });
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using (await staff.GetAsync(new Uri($"/api/v1/submissions/{id}?unmasked=true", UriKind.Relative)))
        {
        }

        using var admin = await factory.CreateStaffClientAsync("dongqu.admin");
        var log = (await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/audit?action=submission.unmask", UriKind.Relative)))!;
        var entry = Assert.Single(log["items"]!.AsArray(), e => e!["subject"]!.GetValue<string>() == id)!;
        Assert.Equal("dongqu.staff", entry["actor"]!.GetValue<string>());
        Assert.DoesNotContain("110105194003070014", log.ToJsonString(), StringComparison.Ordinal);

        using var west = await factory.CreateStaffClientAsync("xiqu.admin");
        var westLog = (await west.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/audit?action=submission.unmask", UriKind.Relative)))!;
        Assert.DoesNotContain(westLog["items"]!.AsArray(), e => e!["subject"]!.GetValue<string>() == id);

        using var forbidden = await staff.GetAsync(new Uri("/api/v1/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
