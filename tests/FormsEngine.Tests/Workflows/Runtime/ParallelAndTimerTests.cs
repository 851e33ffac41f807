using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;

namespace FormsEngine.Tests.Workflows.Runtime;

public sealed class ParallelAndTimerTests
{
    [Fact]
    public async Task Fork_runs_both_branches_and_join_waits_for_the_task_and_the_timer()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("returnee-health-followup"));

        var started = await runtime.StartAsync("returnee-health-followup", WorkflowTestFixture.Applicant(building: "3栋"), "resident", CancellationToken.None);
        Assert.Equal("zhao.gang", started.OpenTasks.Single().AssigneeId);
        Assert.Contains("欢迎回家", Assert.Single(await fixture.Store.ListOutboxAsync("inApp", "13800000001", CancellationToken.None)).Body, StringComparison.Ordinal);

        await runtime.CompleteTaskAsync(new TaskCompletion(started.OpenTasks.Single().Id, "done", "zhao.gang"), CancellationToken.None);
        var halfway = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!;
        Assert.Equal((WorkflowStatus.Waiting, "已登记"), (halfway.Status, halfway.Data["status"]!.GetValue<string>()));

        fixture.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None));

        var done = (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!;
        Assert.Equal((WorkflowStatus.Completed, "completed", "已随访"), (done.Status, done.EndStatus, done.Data["status"]!.GetValue<string>()));
        Assert.Equal(0, await runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow().AddDays(5), CancellationToken.None));
    }

    [Fact]
    public async Task Timers_of_different_instances_at_the_same_step_all_fire()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("returnee-health-followup"));
        var instances = new List<WorkflowInstanceView>();
        foreach (var building in new[] { "1栋", "2栋", "3栋" })
        {
            var started = await runtime.StartAsync("returnee-health-followup", WorkflowTestFixture.Applicant(building: building), "resident", CancellationToken.None);
            await runtime.CompleteTaskAsync(new TaskCompletion(started.OpenTasks.Single().Id, "done", "grid"), CancellationToken.None);
            instances.Add(started);
        }

        Assert.Equal(3, await runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow().AddDays(2), CancellationToken.None));

        foreach (var instance in instances)
        {
            Assert.Equal("completed", (await runtime.GetInstanceAsync(instance.Id, CancellationToken.None))!.EndStatus);
        }
    }

    [Fact]
    public async Task Wait_until_a_moment_fires_then_and_not_before()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        var json = System.Text.Json.Nodes.JsonNode.Parse("""
        {
          "schemaVersion": 1, "id": "wait-until", "version": 1,
          "activities": [
            { "id": "submitted", "type": "formSubmitted" },
            { "id": "nextMonday", "type": "wait", "until": "2026-03-09T09:00:00+08:00" },
            { "id": "end", "type": "end", "status": "woken" }
          ],
          "connections": [
            { "from": "submitted", "outcome": "done", "to": "nextMonday" },
            { "from": "nextMonday", "outcome": "done", "to": "end" }
          ]
        }
        """)!.AsObject();
        await WorkflowTestFixture.PublishAsync(runtime, json);
        var started = await runtime.StartAsync("wait-until", [], "staff", CancellationToken.None);
        var monday = new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.Zero);

        Assert.Equal(0, await runtime.ProcessDueWorkAsync(monday.AddSeconds(-1), CancellationToken.None));
        Assert.Equal(WorkflowStatus.Waiting, (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!.Status);
        Assert.Equal(1, await runtime.ProcessDueWorkAsync(monday, CancellationToken.None));
        Assert.Equal("woken", (await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!.EndStatus);
    }

    [Fact]
    public async Task Expressions_read_the_runtime_clock()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        var json = System.Text.Json.Nodes.JsonNode.Parse("""
        {
          "schemaVersion": 1, "id": "clock", "version": 1,
          "activities": [
            { "id": "submitted", "type": "formSubmitted" },
            { "id": "open", "type": "evaluateRules", "expression": "today() >= date(\"2026-03-05\")" },
            { "id": "yes", "type": "end", "status": "open" },
            { "id": "no", "type": "end", "status": "notYet" }
          ],
          "connections": [
            { "from": "submitted", "outcome": "done", "to": "open" },
            { "from": "open", "outcome": "true", "to": "yes" },
            { "from": "open", "outcome": "false", "to": "no" }
          ]
        }
        """)!.AsObject();
        await WorkflowTestFixture.PublishAsync(runtime, json);

        var early = await runtime.StartAsync("clock", [], "staff", CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromDays(3));
        var onTime = await runtime.StartAsync("clock", [], "staff", CancellationToken.None);

        Assert.Equal(("notYet", "open"), (early.EndStatus, onTime.EndStatus));
    }

    [Fact]
    public async Task Outbox_delivery_is_retried_after_a_failure_and_in_app_rows_need_no_adapter()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        await runtime.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(age: 61), "resident", CancellationToken.None);
        var sms = new RecordingChannel("sms");
        sms.FailNext(1);
        var dispatcher = new OutboxDispatcher(fixture.Store, [sms], "dispatcher", TimeSpan.FromSeconds(30));
        var now = fixture.Clock.GetUtcNow();

        Assert.Equal(0, await dispatcher.DispatchAsync(now, CancellationToken.None));
        Assert.Equal(0, await dispatcher.DispatchAsync(now.AddSeconds(10), CancellationToken.None));
        Assert.Equal(1, await dispatcher.DispatchAsync(now.AddMinutes(1), CancellationToken.None));

        var row = Assert.Single(await fixture.Store.ListOutboxAsync("sms", "13800000001", CancellationToken.None));
        Assert.Equal((2, (string?)null), (row.Attempts, row.LastError));
        Assert.NotNull(row.DeliveredAt);
        Assert.Equal(row.IdempotencyKey, Assert.Single(sms.Sent).IdempotencyKey);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_stops_after_the_attempt_limit_with_its_error()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        await runtime.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(age: 61), "resident", CancellationToken.None);
        var sms = new RecordingChannel("sms");
        sms.FailNext(100);
        var dispatcher = new OutboxDispatcher(fixture.Store, [sms], "dispatcher", TimeSpan.FromSeconds(30), maxAttempts: 2);
        var now = fixture.Clock.GetUtcNow();

        for (var minute = 0; minute < 5; minute++)
        {
            Assert.Equal(0, await dispatcher.DispatchAsync(now.AddMinutes(minute), CancellationToken.None));
        }

        var row = Assert.Single(await fixture.Store.ListOutboxAsync("sms", "13800000001", CancellationToken.None));
        Assert.Equal((2, "gateway unavailable"), (row.Attempts, row.LastError));
        Assert.Null(row.DeliveredAt);
        Assert.Empty(sms.Sent);
    }
}
