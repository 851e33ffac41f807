using System.Text.Json.Nodes;
using FormsEngine.Workflows;

namespace FormsEngine.Tests.Workflows.Runtime;

public sealed class MigrationTests
{
    private const string Id = "elderly-allowance-approval";

    [Fact]
    public async Task Instances_keep_their_version_and_an_explicit_migration_moves_them_when_the_steps_exist()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, Sample(1));
        var old = await runtime.StartAsync(Id, WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        var v2 = Sample(2);
        v2["activities"]![6]!["template"] = "{{input.姓名}}您好：高龄补贴已批准（v2）。";
        await WorkflowTestFixture.PublishAsync(runtime, v2);

        var fresh = await runtime.StartAsync(Id, WorkflowTestFixture.Applicant(name: "王爷爷"), "resident", CancellationToken.None);
        Assert.Equal(2, fresh.DefinitionVersion);
        Assert.Equal(1, (await runtime.GetInstanceAsync(old.Id, CancellationToken.None))!.DefinitionVersion);

        var result = await runtime.MigrateAsync(old.Id, 2, "admin", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(2, (await runtime.GetInstanceAsync(old.Id, CancellationToken.None))!.DefinitionVersion);
        await Approve(runtime, old.Id);
        var sms = await fixture.Store.ListOutboxAsync("sms", "13800000001", CancellationToken.None);
        Assert.Contains(sms, o => o.Body.Contains("（v2）", StringComparison.Ordinal) && o.InstanceId == old.Id);
        Assert.Contains(await fixture.Store.ListAuditAsync(old.Id, CancellationToken.None), a => a.Action == "migrate" && a.Actor == "admin");
    }

    [Fact]
    public async Task Migration_is_refused_with_reasons_when_the_current_step_is_gone()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, Sample(1));
        var old = await runtime.StartAsync(Id, WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        var v3 = JsonNode.Parse(Sample(3).ToJsonString().Replace("\"gridCheck\"", "\"gridVisit\"", StringComparison.Ordinal))!.AsObject();
        await WorkflowTestFixture.PublishAsync(runtime, v3);

        var result = await runtime.MigrateAsync(old.Id, 3, "admin", CancellationToken.None);
        var missing = await runtime.MigrateAsync(old.Id, 9, "admin", CancellationToken.None);

        Assert.False(result.Succeeded);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal("workflow.migrate.missingStep", reason.Code);
        Assert.Contains("gridCheck", reason.MessageZh, StringComparison.Ordinal);
        Assert.Equal("workflow.migrate.noVersion", Assert.Single(missing.Reasons).Code);
        var unchanged = (await runtime.GetInstanceAsync(old.Id, CancellationToken.None))!;
        Assert.Equal(1, unchanged.DefinitionVersion);
        await Approve(runtime, old.Id);
        Assert.Equal("approved", (await runtime.GetInstanceAsync(old.Id, CancellationToken.None))!.EndStatus);
    }

    [Fact]
    public async Task Bulk_migration_moves_the_open_instances_it_can_and_reports_the_others()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, Sample(1));
        var atCheck = await runtime.StartAsync(Id, WorkflowTestFixture.Applicant(), "resident", CancellationToken.None);
        var atReview = await runtime.StartAsync(Id, WorkflowTestFixture.Applicant(name: "王爷爷"), "resident", CancellationToken.None);
        await runtime.CompleteTaskAsync(new TaskCompletion(atReview.OpenTasks.Single().Id, "approve", "wang.li"), CancellationToken.None);
        var closed = await runtime.StartAsync(Id, WorkflowTestFixture.Applicant(age: 50), "resident", CancellationToken.None);
        var v2 = JsonNode.Parse(Sample(2).ToJsonString().Replace("\"communityReview\"", "\"streetReview\"", StringComparison.Ordinal))!.AsObject();
        await WorkflowTestFixture.PublishAsync(runtime, v2);

        var results = await runtime.MigrateOpenInstancesAsync(Id, 1, 2, "admin", CancellationToken.None);

        Assert.Equal(2, results.Count);
        Assert.True(results[atCheck.Id].Succeeded);
        Assert.Contains("communityReview", Assert.Single(results[atReview.Id].Reasons).MessageEn, StringComparison.Ordinal);
        Assert.False(results.ContainsKey(closed.Id));
    }

    [Fact]
    public async Task Publishing_the_same_version_twice_is_refused()
    {
        await using var fixture = await WorkflowTestFixture.CreateAsync();
        var runtime = fixture.CreateRuntime();
        await WorkflowTestFixture.PublishAsync(runtime, Sample(1));

        var again = await runtime.PublishAsync(WorkflowTestFixture.Load(Sample(1)), CancellationToken.None);

        Assert.Equal("workflow.publish.exists", Assert.Single(again).Code);
    }

    private static async Task Approve(WorkflowRuntime runtime, string instanceId)
    {
        for (var i = 0; i < 2; i++)
        {
            var task = (await runtime.GetInstanceAsync(instanceId, CancellationToken.None))!.OpenTasks.Single();
            Assert.True((await runtime.CompleteTaskAsync(new TaskCompletion(task.Id, "approve", "staff"), CancellationToken.None)).Succeeded);
        }
    }

    /// <summary>The sample approval workflow at a given version number (the file's own number moves on with the sample).</summary>
    private static JsonObject Sample(int version)
    {
        var json = WorkflowTestFixture.Sample(Id);
        json["version"] = version;
        return json;
    }
}
