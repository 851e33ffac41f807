using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Tests.Workflows.Runtime;

public sealed class EscalationTests
{
    [Fact]
    public async Task An_overdue_task_climbs_grid_worker_community_street_office()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var started = await runtime.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);

        fixture.Clock.Advance(TimeSpan.FromHours(47));
        Assert.Equal(0, await runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None));
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None));

        var task = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!.OpenTasks.Single();
        Assert.Equal((1, AssigneeKind.Role, "社区工作人员"), (task.EscalationLevel, task.AssigneeKind, task.AssigneeId));
        Assert.Equal(fixture.Clock.GetUtcNow().AddDays(2), task.SlaDeadline);
        var inbox = await fixture.Store.ListOutboxAsync("inApp", "社区工作人员", CancellationToken.None);
        Assert.Contains("任务已超时升级给您", Assert.Single(inbox).Body, StringComparison.Ordinal);

        fixture.Clock.Advance(TimeSpan.FromDays(2));
        await runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None);
        task = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!.OpenTasks.Single();
        Assert.Equal((2, "街道办"), (task.EscalationLevel, task.AssigneeId));

        fixture.Clock.Advance(TimeSpan.FromDays(2));
        await runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None);
        var audit = await fixture.Store.ListAuditAsync(started.Id, CancellationToken.None);
        Assert.Equal(2, audit.Count(a => a.Action == "task.escalate"));
        Assert.Single(audit, a => a.Action == "task.escalate.top");
        Assert.Contains(audit, a => a.Action == "task.escalate" && a.Before.Contains("wang.li", StringComparison.Ordinal) && a.After.Contains("社区工作人员", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_overdue_community_review_goes_to_the_street_office()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var started = await runtime.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        await runtime.CompleteTaskAsync(new TaskCompletion(started.OpenTasks.Single().Id, "approve", "wang.li"), CancellationToken.None);

        fixture.Clock.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));
        await runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None);

        var review = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!.OpenTasks.Single();
        Assert.Equal(("communityReview", 2, "街道办"), (review.ActivityId, review.EscalationLevel, review.AssigneeId));
        Assert.Single(await fixture.Store.ListOutboxAsync("inApp", "街道办", CancellationToken.None));
    }

    [Fact]
    public async Task Two_hosts_sharing_the_database_escalate_once()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var hostA = fixture.CreateRuntime("host-a");
        var hostB = fixture.CreateRuntime("host-b");
        await WorkflowTestFixture.PublishAsync(hostA, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var started = await hostA.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromDays(3));
        var now = fixture.Clock.GetUtcNow();

        var handled = await Task.WhenAll(
            Task.Run(() => hostA.ProcessDueWorkAsync(now, CancellationToken.None)),
            Task.Run(() => hostB.ProcessDueWorkAsync(now, CancellationToken.None)));

        Assert.Equal(1, handled.Sum());
        var task = (await hostA.GetInstanceAsync(started.Id, CancellationToken.None))!.OpenTasks.Single();
        Assert.Equal(1, task.EscalationLevel);
    }

    [Fact]
    public async Task A_completed_task_is_not_escalated()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var started = await runtime.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        await runtime.CompleteTaskAsync(new TaskCompletion(started.OpenTasks.Single().Id, "approve", "wang.li"), CancellationToken.None);

        fixture.Clock.Advance(TimeSpan.FromHours(50));
        Assert.Equal(0, await runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None));
        var tasks = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!.Tasks;
        Assert.Equal([0, 1], tasks.Select(t => t.EscalationLevel));
        Assert.Equal(WorkflowTaskStatus.Completed, tasks[0].Status);
    }
}
