using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;

namespace FormsEngine.Tests.Workflows.Runtime;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Two_staff_completing_the_same_task_at_once_exactly_one_wins()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var setup = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(setup, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var started = await setup.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        var taskId = started.OpenTasks.Single().Id;
        using var gated = new GatedStore(fixture.Store, parties: 2);
        using var hostA = new WorkflowRuntime(new WorkflowRuntimeOptions { Store = gated, TimeProvider = fixture.Clock, Directory = fixture.Directory, OwnerId = "a" });
        using var hostB = new WorkflowRuntime(new WorkflowRuntimeOptions { Store = gated, TimeProvider = fixture.Clock, Directory = fixture.Directory, OwnerId = "b" });

        var results = await Task.WhenAll(
            Task.Run(() => hostA.CompleteTaskAsync(new TaskCompletion(taskId, "approve", "王丽"), CancellationToken.None)),
            Task.Run(() => hostB.CompleteTaskAsync(new TaskCompletion(taskId, "reject", "张强"), CancellationToken.None)));

        Assert.Single(results, r => r.Status == TaskCompletionStatus.Completed);
        var loser = Assert.Single(results, r => r.Status == TaskCompletionStatus.AlreadyHandled);
        var handled = (await setup.GetInstanceAsync(started.Id, CancellationToken.None))!.Tasks.Single(t => t.Id == taskId);
        Assert.Equal(handled.CompletedBy, loser.HandledBy);
        Assert.Contains($"已由 {handled.CompletedBy} 处理", loser.MessageZh, StringComparison.Ordinal);
        Assert.Contains("already been handled by", loser.MessageEn, StringComparison.Ordinal);
        Assert.Equal(handled.Outcome == "approve" ? "社区工作人员" : null, (await setup.GetInstanceAsync(started.Id, CancellationToken.None))!.OpenTasks.SingleOrDefault()?.AssigneeId);
        Assert.True((await setup.VerifyAuditAsync(started.Id, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task Two_hosts_running_many_instances_in_parallel_lose_nothing()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var hosts = new[] { fixture.CreateRuntime("host-a"), fixture.CreateRuntime("host-b") };
        await WorkflowTestFixture.PublishAsync(hosts[0], WorkflowTestFixture.Sample("elderly-allowance-approval"));

        var started = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            hosts[i % 2].StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(name: "居民" + i, building: i % 3 == 0 ? "3栋" : "1栋"), "resident", CancellationToken.None))));
        var completions = await Task.WhenAll(started.Select((instance, i) => Task.Run(() =>
            hosts[(i + 1) % 2].CompleteTaskAsync(new TaskCompletion(instance.OpenTasks.Single().Id, "reject", "grid"), CancellationToken.None))));

        Assert.All(completions, c => Assert.Equal(TaskCompletionStatus.Completed, c.Status));
        foreach (var instance in started)
        {
            Assert.Equal("rejected", (await hosts[0].GetInstanceAsync(instance.Id, CancellationToken.None))!.EndStatus);
        }

        var audit = await hosts[1].VerifyAuditAsync(null, CancellationToken.None);
        Assert.True(audit.IsValid);
        // start, 3 steps to the task, the completion, 4 steps to the end: 9 entries per instance.
        Assert.Equal(16 * 9, audit.EntriesChecked);
    }

    [Fact]
    public async Task Completing_an_already_completed_task_names_who_did_it()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var started = await runtime.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        var taskId = started.OpenTasks.Single().Id;
        await runtime.CompleteTaskAsync(new TaskCompletion(taskId, "approve", "王丽"), CancellationToken.None);

        var late = await runtime.CompleteTaskAsync(new TaskCompletion(taskId, "approve", "张强"), CancellationToken.None);

        Assert.Equal(TaskCompletionStatus.AlreadyHandled, late.Status);
        Assert.Equal("该任务已由 王丽 处理（approve）", late.MessageZh);
        Assert.Equal(TaskCompletionStatus.NotFound, (await runtime.CompleteTaskAsync(new TaskCompletion("nope", "approve", "x"), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_continuation_leaves_an_instance_the_sweep_is_already_running_in_this_process()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = 0;
        using var store = new GatedStore(fixture.Store, parties: 0)
        {
            // Hold the sweep's first step in the middle of its commit.
            BeforeCommit = _ =>
            {
                if (Interlocked.Increment(ref held) != 1)
                {
                    return Task.CompletedTask;
                }

                arrived.SetResult();
                return release.Task;
            },
        };
        using var runtime = new WorkflowRuntime(new WorkflowRuntimeOptions { Store = store, TimeProvider = fixture.Clock, Directory = fixture.Directory, OwnerId = "a" });
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var prepared = (await runtime.PrepareStartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None))!;
        Assert.True(await fixture.Store.CommitAsync(prepared.Commit, CancellationToken.None));

        // Its continuation waited in a backlog past the lease, so the sweep took it.
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var sweep = Task.Run(() => runtime.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None));
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var commitsBefore = store.Commits;

        var reported = await runtime.ContinueAsync(prepared.InstanceId, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(WorkflowStatus.Running, reported!.Status);
        Assert.Equal(commitsBefore, store.Commits);

        release.SetResult();
        Assert.Equal(1, await sweep.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, store.Conflicts);
        var finished = (await runtime.GetInstanceAsync(prepared.InstanceId, CancellationToken.None))!;
        Assert.Equal(WorkflowStatus.Waiting, finished.Status);
        Assert.Single(finished.OpenTasks);
        Assert.True((await runtime.VerifyAuditAsync(prepared.InstanceId, CancellationToken.None)).IsValid);
    }
}
