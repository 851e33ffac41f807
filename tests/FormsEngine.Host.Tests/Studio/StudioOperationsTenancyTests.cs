using FormsEngine.Designer.Operations;
using FormsEngine.Designer.Studio;
using FormsEngine.Host.Accounts;
using FormsEngine.Host.Data;
using FormsEngine.Host.Studio;
using FormsEngine.Host.Tests.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Studio;

/// <summary>
/// The studio's seam sees exactly what the staff API sees: a circuit of <c>dongqu.staff</c> (东区) gets nothing of
/// 西区 (<c>xinhua-xiqu</c>) through any of its operations, though every call opens a fresh scope.
/// </summary>
public sealed class StudioOperationsTenancyTests(TenantWorld world) : IClassFixture<TenantWorld>
{
    [Fact]
    public async Task Dongqu_staff_lists_only_dongqu_submissions_masked()
    {
        var operations = await OperationsForAsync("dongqu.staff");

        var page = await operations.ListSubmissionsAsync(new SubmissionQuery { Take = 200 }, CancellationToken.None);

        var ids = page.Items.Select(s => s.Id).ToHashSet();
        Assert.Contains(world.Submissions["east-g1"], ids);
        Assert.Contains(world.Submissions["east-g2"], ids);
        Assert.DoesNotContain(world.Submissions["west"], ids);
        Assert.DoesNotContain(world.Submissions["other"], ids);
        Assert.All(page.Items, s => Assert.Equal("xinhua-dongqu", s.CommunityId));
        Assert.Contains(page.Items, s => s.Answers.Any(a => a.Value == "110***********0014"));
        Assert.DoesNotContain(page.Items, s => s.Answers.Any(a => a.Value == "110105194003070014"));
    }

    [Fact]
    public async Task Dongqu_staff_cannot_open_a_xiqu_submission_masked_or_unmasked()
    {
        var operations = await OperationsForAsync("dongqu.staff");

        Assert.Null(await operations.OpenSubmissionAsync(world.Submissions["west"], unmasked: false, CancellationToken.None));
        Assert.Null(await operations.OpenSubmissionAsync(world.Submissions["west"], unmasked: true, CancellationToken.None));
        var own = await operations.OpenSubmissionAsync(world.Submissions["east-g1"], unmasked: true, CancellationToken.None);
        Assert.NotNull(own);
        Assert.True(own.Unmasked);
        Assert.Contains(own.Submission.Answers, a => a.Value == "110105194003070014");

        using var scope = world.Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<FormsEngine.Host.Tenancy.TenantScope>().SetSystem();
        var audit = scope.ServiceProvider.GetRequiredService<FormsEngineDbContext>().AuditLog;
        Assert.True(audit.Any(e => e.Actor == "dongqu.staff" && e.Action == "submission.unmask" && e.Subject == world.Submissions["east-g1"]));
        Assert.False(audit.Any(e => e.Action == "submission.unmask" && e.Subject == world.Submissions["west"]));
    }

    [Fact]
    public async Task Dongqu_workers_cannot_see_claim_or_complete_xiqu_tasks()
    {
        var staff = await OperationsForAsync("dongqu.staff");
        var grid = await OperationsForAsync("dongqu.grid1");

        Assert.DoesNotContain(await grid.ListInboxAsync(CancellationToken.None), t => t.Id == world.Tasks["west"]);
        Assert.False((await staff.ClaimAsync(world.Tasks["west"], CancellationToken.None)).Succeeded);
        Assert.False((await grid.CompleteAsync(world.Tasks["west"], TaskOutcomes.Approve, "越权", CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task Dongqu_dashboard_counts_no_xiqu_grid()
    {
        var operations = await OperationsForAsync("dongqu.staff");

        var dashboard = await operations.GetDashboardAsync(30, CancellationToken.None);

        Assert.Equal(2, dashboard.PerDay.Sum(d => d.Count));
        Assert.All(dashboard.PerGrid, g => Assert.StartsWith("dongqu-", g.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Studio_policy_name_matches_the_host()
    {
        Assert.Equal(AccountsHostExtensions.StaffPolicy, StudioPolicies.Staff);
    }

    private async Task<StudioOperations> OperationsForAsync(string userName) =>
        new(await StudioTestCalls.ForAsync(world.Factory, userName), TimeProvider.System);
}
