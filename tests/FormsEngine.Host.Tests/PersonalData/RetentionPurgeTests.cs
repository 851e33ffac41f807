using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.Host.Data;
using FormsEngine.Host.PersonalData;
using FormsEngine.Host.Tenancy;
using FormsEngine.Host.Tests.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.PersonalData;

/// <summary>After a campaign ends and its retention period passes, personal data is erased and the purge is audited.</summary>
public sealed class RetentionPurgeTests : IClassFixture<HostFactory>
{
    private readonly HostFactory _factory;

    public RetentionPurgeTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task Purge_erases_sealed_answers_hashes_and_masked_personal_fields_and_writes_the_audit_log()
    {
        using var staff = await _factory.CreateStaffClientAsync("dongqu.admin");
        using var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community = "xinhua-dongqu", form = "elderly-allowance", answers = StaffSubmissionApiTests.ElderlyAnswers(idNumber: "110105193805050029", mobile: "13700137000") });
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        using (var scope = _factory.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
            var db = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>();
            var row = await db.Submissions.SingleAsync(s => s.Id == id);
            Assert.NotNull(row.SealedAnswers);
            Assert.True(row.RetainUntil > DateTimeOffset.UtcNow.AddDays(300).ToUnixTimeMilliseconds(), "elderly-allowance keeps 365 days");

            // The campaign is over: purge as if a year had passed.
            var purged = await scope.ServiceProvider.GetRequiredService<RetentionPurger>().PurgeDueAsync(DateTimeOffset.UtcNow.AddDays(400), CancellationToken.None);
            Assert.True(purged >= 1);
        }

        var masked = (await staff.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/submissions/{id}", UriKind.Relative)))!;
        Assert.True(masked["purged"]!.GetValue<bool>());
        Assert.Equal("***", masked["answers"]!["身份证号"]!.GetValue<string>());
        Assert.Equal("***", masked["answers"]!["姓名"]!.GetValue<string>());
        Assert.Equal("本市", masked["answers"]!["户籍"]!.GetValue<string>());
        Assert.Equal("eligible", masked["outcome"]!.GetValue<string>());

        var clear = (await staff.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/submissions/{id}?unmasked=true", UriKind.Relative)))!;
        Assert.False(clear["unmasked"]!.GetValue<bool>());
        var byHash = (await staff.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/submissions?mobile=13700137000", UriKind.Relative)))!;
        Assert.Equal(0, byHash["total"]!.GetValue<int>());

        using var check = _factory.Services.CreateScope();
        check.ServiceProvider.GetRequiredService<TenantScope>().SetSystem();
        var audit = await check.ServiceProvider.GetRequiredService<FormsEngineDbContext>().AuditLog.Where(a => a.Action == "retention.purge").ToListAsync();
        Assert.Contains(audit, a => a.Subject == "elderly-allowance" && a.CommunityId == "xinhua-dongqu" && a.Actor == "system");
    }

    [Fact]
    public async Task Submissions_still_within_retention_are_left_alone()
    {
        using var scope = _factory.Services.CreateScope();
        var purger = scope.ServiceProvider.GetRequiredService<RetentionPurger>();
        using var staff = await _factory.CreateStaffClientAsync("dongqu.staff");
        using var created = await staff.PostAsJsonAsync(new Uri("/api/v1/submissions", UriKind.Relative),
            new { community = "xinhua-dongqu", form = "elderly-allowance", answers = StaffSubmissionApiTests.ElderlyAnswers(idNumber: "110105194003070022") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        await purger.PurgeDueAsync(DateTimeOffset.UtcNow, CancellationToken.None);

        var clear = (await staff.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/submissions/{id}?unmasked=true", UriKind.Relative)))!;
        Assert.True(clear["unmasked"]!.GetValue<bool>());
    }
}
