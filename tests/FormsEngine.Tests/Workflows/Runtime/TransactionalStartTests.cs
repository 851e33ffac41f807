using FormsEngine.Workflows;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Tests.Workflows.Runtime;

/// <summary>Starting an instance inside the caller's transaction, and claiming tasks offered to a role.</summary>
public sealed class TransactionalStartTests
{
    private const string Definition = "elderly-allowance-approval";

    [Fact]
    public async Task Prepared_start_saved_in_the_callers_transaction_runs_on_after_commit()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample(Definition));

        var prepared = await runtime.PrepareStartAsync(Definition, WorkflowTestFixture.Applicant(age: 90), "resident", CancellationToken.None);
        Assert.NotNull(prepared);
        Assert.Null(await runtime.GetInstanceAsync(prepared.InstanceId, CancellationToken.None));

        await using (var connection = await fixture.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await fixture.Store.CommitAsync(prepared.Commit, connection, transaction, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var saved = await runtime.GetInstanceAsync(prepared.InstanceId, CancellationToken.None);
        Assert.Equal(WorkflowStatus.Running, saved!.Status);
        var continued = await runtime.ContinueAsync(prepared.InstanceId, CancellationToken.None);
        Assert.Equal(WorkflowStatus.Waiting, continued!.Status);
        Assert.Equal("wang.li", Assert.Single(continued.OpenTasks).AssigneeId);
    }

    [Fact]
    public async Task Rolled_back_transaction_leaves_no_instance()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample(Definition));
        var prepared = (await runtime.PrepareStartAsync(Definition, WorkflowTestFixture.Applicant(), "resident", CancellationToken.None))!;

        await using (var connection = await fixture.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await fixture.Store.CommitAsync(prepared.Commit, connection, transaction, CancellationToken.None);
            await transaction.RollbackAsync();
        }

        Assert.Null(await runtime.GetInstanceAsync(prepared.InstanceId, CancellationToken.None));
        Assert.Null(await runtime.ContinueAsync(prepared.InstanceId, CancellationToken.None));
    }

    [Fact]
    public async Task Instance_left_runnable_by_a_dead_process_is_resumed_by_the_timer_loop_after_its_lease()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var dead = fixture.CreateRuntime("host-dead");
        await WorkflowTestFixture.PublishAsync(dead, WorkflowTestFixture.Sample(Definition));
        var prepared = (await dead.PrepareStartAsync(Definition, WorkflowTestFixture.Applicant(), "resident", CancellationToken.None))!;
        await using (var connection = await fixture.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await fixture.Store.CommitAsync(prepared.Commit, connection, transaction, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var survivor = fixture.CreateRuntime("host-b");
        Assert.Equal(0, await survivor.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None));
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await survivor.ProcessDueWorkAsync(fixture.Clock.GetUtcNow(), CancellationToken.None));
        Assert.Equal(WorkflowStatus.Waiting, (await survivor.GetInstanceAsync(prepared.InstanceId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Unpublished_definition_prepares_nothing()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        Assert.Null(await fixture.CreateRuntime().PrepareStartAsync("nope", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None));
    }

    [Fact]
    public async Task Role_task_is_claimed_once_and_then_belongs_to_the_claimer()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample(Definition));
        var started = await runtime.StartAsync(Definition, WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        var check = Assert.Single(started.OpenTasks);
        await runtime.CompleteTaskAsync(new TaskCompletion(check.Id, "approve", "wang.li"), CancellationToken.None);
        var review = Assert.Single((await runtime.GetInstanceAsync(started.Id, CancellationToken.None))!.OpenTasks);
        Assert.Equal(AssigneeKind.Role, review.AssigneeKind);

        var first = await runtime.ClaimTaskAsync(review.Id, "chen.jie", "陈洁", CancellationToken.None);
        var again = await runtime.ClaimTaskAsync(review.Id, "chen.jie", "陈洁", CancellationToken.None);
        var other = await runtime.ClaimTaskAsync(review.Id, "li.ming", "李明", CancellationToken.None);

        Assert.Equal(TaskCompletionStatus.Claimed, first.Status);
        Assert.Equal(TaskCompletionStatus.Claimed, again.Status);
        Assert.Equal(TaskCompletionStatus.AlreadyHandled, other.Status);
        Assert.Equal("该任务已由 陈洁 认领", other.MessageZh);
        Assert.Empty(await runtime.ListOpenTasksAsync("社区工作人员", CancellationToken.None));
        Assert.Single(await runtime.ListOpenTasksAsync("chen.jie", CancellationToken.None));
        Assert.Equal(TaskCompletionStatus.NotFound, (await runtime.ClaimTaskAsync("missing", "chen.jie", "陈洁", CancellationToken.None)).Status);
        var audit = await fixture.Store.ListAuditAsync(started.Id, CancellationToken.None);
        Assert.Single(audit, a => a.Action == "task.claim");
        Assert.True((await runtime.VerifyAuditAsync(started.Id, CancellationToken.None)).IsValid);
    }
}
