using System.Text.Json.Nodes;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Tests.Workflows.Runtime;

public sealed class DurabilityTests
{
    private static JsonObject RuleWorkflow() => JsonNode.Parse("""
    {
      "schemaVersion": 1, "id": "crash-test", "version": 1,
      "input": { "姓名": "text", "手机号": "text" },
      "activities": [
        { "id": "submitted", "type": "formSubmitted" },
        { "id": "received", "type": "notify", "channel": "sms", "to": "input.手机号", "template": "{{input.姓名}}，已收到您的申请" },
        { "id": "check", "type": "evaluateRules", "ruleId": "eligibility" },
        { "id": "ok", "type": "setValues", "values": { "status": "\"合格\"" } },
        { "id": "end", "type": "end", "status": "checked" }
      ],
      "connections": [
        { "from": "submitted", "outcome": "done", "to": "received" },
        { "from": "received", "outcome": "done", "to": "check" },
        { "from": "check", "outcome": "true", "to": "ok" },
        { "from": "check", "outcome": "false", "to": "end" },
        { "from": "ok", "outcome": "done", "to": "end" }
      ]
    }
    """)!.AsObject();

    [Fact]
    public async Task A_runtime_killed_mid_step_is_resumed_by_another_without_repeating_side_effects()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var dying = fixture.CreateRuntime("host-a", new Dictionary<string, IRuleEvaluator> { ["eligibility"] = new CrashingRule() });
        await WorkflowTestFixture.PublishAsync(dying, RuleWorkflow());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            dying.StartAsync("crash-test", new JsonObject { ["姓名"] = "周伯", ["手机号"] = "13900000002" }, "resident", CancellationToken.None));
        dying.Dispose();
        var id = (await fixture.Store.ListAuditedInstancesAsync(CancellationToken.None)).Single();
        var stalled = await fixture.Store.FindInstanceAsync(id, CancellationToken.None);
        Assert.True(stalled!.Runnable);
        Assert.Equal("Running", stalled.Status);

        var survivor = fixture.CreateRuntime("host-b", new Dictionary<string, IRuleEvaluator> { ["eligibility"] = new PassingRule() });
        Assert.Equal(0, await survivor.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None));
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await survivor.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None));

        var done = (await survivor.GetInstanceAsync(id, CancellationToken.None))!;
        Assert.Equal(("checked", "合格"), (done.EndStatus, done.Data["status"]!.GetValue<string>()));
        Assert.True(done.Data["rules"]!["check"]!["eligible"]!.GetValue<bool>());
        Assert.Single(await fixture.Store.ListOutboxAsync("sms", "13900000002", CancellationToken.None));
        Assert.True((await survivor.VerifyAuditAsync(id, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task A_disposed_runtime_leaves_a_waiting_instance_that_a_new_runtime_continues()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var first = fixture.CreateRuntime("host-a");
        await WorkflowTestFixture.PublishAsync(first, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var started = await first.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        first.Dispose();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.GetInstanceAsync(started.Id, CancellationToken.None));

        var second = fixture.CreateRuntime("host-b");
        await second.CompleteTaskAsync(new TaskCompletion(started.OpenTasks.Single().Id, "approve", "wang.li"), CancellationToken.None);
        var review = (await second.GetInstanceAsync(started.Id, CancellationToken.None))!.OpenTasks.Single();
        await second.CompleteTaskAsync(new TaskCompletion(review.Id, "approve", "chen.jie"), CancellationToken.None);

        Assert.Equal("approved", (await second.GetInstanceAsync(started.Id, CancellationToken.None))!.EndStatus);
    }

    [Theory]
    [InlineData(true, "rule 'eligibility' failed: rule table missing")]
    [InlineData(false, "rule 'eligibility' is not registered")]
    public async Task A_failing_or_missing_rule_faults_the_instance_with_a_message(bool registered, string message)
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var rules = registered ? new Dictionary<string, IRuleEvaluator> { ["eligibility"] = new BrokenRule() } : null;
        var runtime = fixture.CreateRuntime("host-a", rules);
        await WorkflowTestFixture.PublishAsync(runtime, RuleWorkflow());

        var faulted = await runtime.StartAsync("crash-test", new JsonObject { ["姓名"] = "周伯", ["手机号"] = "139" }, "resident", CancellationToken.None);

        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Equal(message, faulted.FaultMessageEn);
        Assert.Contains("eligibility", faulted.FaultMessageZh, StringComparison.Ordinal);
        Assert.False((await fixture.Store.FindInstanceAsync(faulted.Id, CancellationToken.None))!.Runnable);
    }

    [Fact]
    public async Task A_faulted_instance_can_be_retried_once_the_rule_is_fixed()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var broken = fixture.CreateRuntime("host-a", new Dictionary<string, IRuleEvaluator> { ["eligibility"] = new BrokenRule() });
        await WorkflowTestFixture.PublishAsync(broken, RuleWorkflow());
        var faulted = await broken.StartAsync("crash-test", new JsonObject { ["姓名"] = "周伯", ["手机号"] = "139" }, "resident", CancellationToken.None);
        var fixedRuntime = fixture.CreateRuntime("host-b", new Dictionary<string, IRuleEvaluator> { ["eligibility"] = new PassingRule() });

        Assert.True(await fixedRuntime.RetryFaultedAsync(faulted.Id, "admin", CancellationToken.None));
        Assert.False(await fixedRuntime.RetryFaultedAsync(faulted.Id, "admin", CancellationToken.None));

        var done = (await fixedRuntime.GetInstanceAsync(faulted.Id, CancellationToken.None))!;
        Assert.Equal(("checked", (string?)null), (done.EndStatus, done.FaultMessageEn));
        Assert.Single(await fixture.Store.ListOutboxAsync("sms", "139", CancellationToken.None));
    }

    private sealed class BrokenRule : IRuleEvaluator
    {
        public ValueTask<RuleEvaluation> EvaluateAsync(string ruleId, JsonObject data, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("rule table missing");
    }

    private sealed class CrashingRule : IRuleEvaluator
    {
        public ValueTask<RuleEvaluation> EvaluateAsync(string ruleId, JsonObject data, CancellationToken cancellationToken) =>
            throw new OperationCanceledException("process killed");
    }

    private sealed class PassingRule : IRuleEvaluator
    {
        public ValueTask<RuleEvaluation> EvaluateAsync(string ruleId, JsonObject data, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new RuleEvaluation(true, new JsonObject { ["eligible"] = true }));
    }
}
