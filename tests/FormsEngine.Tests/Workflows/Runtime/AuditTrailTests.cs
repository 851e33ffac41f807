using FormsEngine.Workflows;

namespace FormsEngine.Tests.Workflows.Runtime;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task The_chain_verifies_and_an_edited_row_is_found()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var started = await runtime.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        await runtime.CompleteTaskAsync(new TaskCompletion(started.OpenTasks.Single().Id, "comment", "wang.li") { Comment = "已电话联系" }, CancellationToken.None);
        await runtime.CompleteTaskAsync(new TaskCompletion(started.OpenTasks.Single().Id, "reject", "wang.li"), CancellationToken.None);

        var audit = await fixture.Store.ListAuditAsync(started.Id, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, audit.Count).Select(i => (long)i), audit.Select(a => a.Sequence));
        Assert.Equal(["start", "step", "step", "step", "task.comment", "task.complete"], audit.Take(6).Select(a => a.Action));
        Assert.Contains(audit, a => a.Action == "task.complete" && a.Actor == "wang.li" && a.Before.Contains("Open", StringComparison.Ordinal) && a.After.Contains("reject", StringComparison.Ordinal));
        var valid = await runtime.VerifyAuditAsync(null, CancellationToken.None);
        Assert.True(valid.IsValid);
        Assert.Equal(audit.Count, valid.EntriesChecked);

        await using (var connection = await fixture.OpenConnectionAsync())
        {
            await using var command = connection.CreateCommand();
            // Quoted names and an @ parameter read the same on SQLite and PostgreSQL (the suite runs on both).
            command.CommandText = "UPDATE wf_audit SET \"Actor\" = 'zhang.san' WHERE \"InstanceId\" = @id AND \"Sequence\" = 6";
            var id = command.CreateParameter();
            id.ParameterName = "id";
            id.Value = started.Id;
            command.Parameters.Add(id);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var broken = await runtime.VerifyAuditAsync(started.Id, CancellationToken.None);
        Assert.False(broken.IsValid);
        Assert.Equal((started.Id, 6L), (broken.BrokenInstanceId, broken.BrokenSequence));
        Assert.Contains("第 6 条", broken.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_row_breaks_the_chain_at_the_gap()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, WorkflowTestFixture.Sample("elderly-allowance-approval"));
        var started = await runtime.StartAsync("elderly-allowance-approval", WorkflowTestFixture.Applicant(age: 60), "resident", CancellationToken.None);

        await using (var connection = await fixture.OpenConnectionAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM wf_audit WHERE \"Sequence\" = 3";
            await command.ExecuteNonQueryAsync();
        }

        var broken = await runtime.VerifyAuditAsync(started.Id, CancellationToken.None);
        Assert.Equal(4L, broken.BrokenSequence);
    }
}
