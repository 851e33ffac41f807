using System.Text.Json.Nodes;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Tests.Workflows.Runtime;

public sealed class ApprovalWorkflowTests
{
    private const string Definition = "elderly-allowance-approval";

    [Fact]
    public async Task Approve_path_runs_to_the_end_and_notifies_the_applicant_once()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample(Definition));

        var started = await runtime.StartAsync(Definition, WorkflowTestFixture.Applicant(age: 92), "resident:13800000001", CancellationToken.None);
        var check = Assert.Single(started.OpenTasks);
        Assert.Equal(WorkflowStatus.Waiting, started.Status);
        Assert.Equal("gridCheck", check.ActivityId);
        Assert.Equal("wang.li", check.AssigneeId);
        Assert.Equal("高龄补贴核实：李奶奶（1栋）", check.Title);
        Assert.Contains("92 岁", check.Description, StringComparison.Ordinal);

        Assert.Equal(check.Id, Assert.Single(await runtime.ListOpenTasksAsync("wang.li", CancellationToken.None)).Id);
        var first = await runtime.CompleteTaskAsync(new TaskCompletion(check.Id, "approve", "wang.li"), CancellationToken.None);
        Assert.Equal(TaskCompletionStatus.Completed, first.Status);
        var review = Assert.Single((await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!.OpenTasks);
        Assert.Equal((AssigneeKind.Role, "社区工作人员"), (review.AssigneeKind, review.AssigneeId));
        Assert.Empty(await runtime.ListOpenTasksAsync("wang.li", CancellationToken.None));
        Assert.Single(await runtime.ListOpenTasksAsync("社区工作人员", CancellationToken.None));

        await runtime.CompleteTaskAsync(new TaskCompletion(review.Id, "approve", "chen.jie"), CancellationToken.None);

        var done = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!;
        Assert.Equal(WorkflowStatus.Completed, done.Status);
        Assert.Equal("approved", done.EndStatus);
        Assert.Equal("已批准", done.Data["status"]!.GetValue<string>());
        Assert.Equal(200m, done.Data["input"]!["补贴金额"]!.GetValue<decimal>());

        var sms = new RecordingChannel("sms");
        var dispatcher = new OutboxDispatcher(fixture.Store, [sms], "dispatcher-1");
        await dispatcher.DispatchAsync(fixture.Clock.GetUtcNow(), CancellationToken.None);
        await dispatcher.DispatchAsync(fixture.Clock.GetUtcNow(), CancellationToken.None);
        var message = Assert.Single(sms.Sent);
        Assert.Equal("13800000001", message.Recipient);
        Assert.Equal("李奶奶您好，您的高龄补贴申请已通过，每月 200 元。", message.Body);
        Assert.StartsWith(started.Id + ":", message.IdempotencyKey, StringComparison.Ordinal);
        Assert.Contains(await fixture.Store.ListOutboxAsync("inApp", "wang.li", CancellationToken.None), o => o.Body.Contains("高龄补贴核实", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reject_path_ends_rejected_with_the_refusal_text()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample(Definition));
        var started = await runtime.StartAsync(Definition, WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);

        await runtime.CompleteTaskAsync(new TaskCompletion(started.OpenTasks.Single().Id, "reject", "wang.li") { Comment = "户籍不在本社区" }, CancellationToken.None);

        var done = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!;
        Assert.Equal("rejected", done.EndStatus);
        Assert.Equal("未通过", done.Data["status"]!.GetValue<string>());
        Assert.Contains("户籍不在本社区", done.Tasks.Single().Comments.Single(), StringComparison.Ordinal);
        var outbox = await fixture.Store.ListOutboxAsync("sms", "13800000001", CancellationToken.None);
        Assert.Contains("未通过", Assert.Single(outbox).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applicant_under_80_is_refused_by_the_rule_without_a_task()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample(Definition));

        var done = await runtime.StartAsync(Definition, WorkflowTestFixture.Applicant(age: 70), "resident", CancellationToken.None);

        Assert.Equal("rejected", done.EndStatus);
        Assert.Empty(done.Tasks);
    }

    [Fact]
    public async Task Return_for_correction_loops_back_to_the_grid_worker_with_the_corrected_answers()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample(Definition));
        var started = await runtime.StartAsync(Definition, WorkflowTestFixture.Applicant(building: "2栋"), "resident", CancellationToken.None);

        await runtime.CompleteTaskAsync(new TaskCompletion(started.OpenTasks.Single().Id, "returnForCorrection", "wang.li") { Comment = "楼栋填错" }, CancellationToken.None);
        var correction = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!.OpenTasks.Single();
        Assert.Equal(("correction", AssigneeKind.Person, "13800000001"), (correction.ActivityId, correction.AssigneeKind, correction.AssigneeId));

        var wrong = await runtime.CompleteTaskAsync(new TaskCompletion(correction.Id, "approve", "13800000001"), CancellationToken.None);
        Assert.Equal(TaskCompletionStatus.OutcomeNotAllowed, wrong.Status);
        await runtime.CompleteTaskAsync(new TaskCompletion(correction.Id, "resubmit", "13800000001") { Changes = new JsonObject { ["楼栋"] = "3栋" } }, CancellationToken.None);

        var again = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!;
        var recheck = again.OpenTasks.Single();
        Assert.Equal("gridCheck", recheck.ActivityId);
        Assert.Equal("zhao.gang", recheck.AssigneeId);
        Assert.Equal("3栋", again.Data["input"]!["楼栋"]!.GetValue<string>());
        Assert.Equal(3, again.Tasks.Count);
    }

    [Theory]
    [InlineData("1栋", 85, "gridCheck", "wang.li")]
    [InlineData("2栋", 85, "gridCheck", "wang.li")]
    [InlineData("3栋", 85, "gridCheck", "zhao.gang")]
    public async Task The_grid_worker_of_the_residents_building_gets_the_check(string building, int age, string activity, string assignee)
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample(Definition));

        var started = await runtime.StartAsync(Definition, WorkflowTestFixture.Applicant(age: age, building: building), "resident", CancellationToken.None);

        var task = started.OpenTasks.Single();
        Assert.Equal((activity, assignee), (task.ActivityId, task.AssigneeId));
    }

    [Fact]
    public async Task A_route_condition_chooses_the_reviewer_and_unknown_buildings_fault_with_a_message()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample(Definition));
        var centenarian = await runtime.StartAsync(Definition, WorkflowTestFixture.Applicant(age: 101), "resident", CancellationToken.None);
        await runtime.CompleteTaskAsync(new TaskCompletion(centenarian.OpenTasks.Single().Id, "approve", "wang.li"), CancellationToken.None);

        var review = (await runtime.GetInstanceAsync(centenarian.Id, CancellationToken.None))!.OpenTasks.Single();
        Assert.Equal("社区管理员", review.AssigneeId);

        var lost = await runtime.StartAsync(Definition, WorkflowTestFixture.Applicant(building: "99栋"), "resident", CancellationToken.None);
        Assert.Equal(WorkflowStatus.Faulted, lost.Status);
        Assert.Contains("99栋", lost.FaultMessageZh, StringComparison.Ordinal);
        Assert.Contains("no grid worker", lost.FaultMessageEn, StringComparison.Ordinal);
    }
}
