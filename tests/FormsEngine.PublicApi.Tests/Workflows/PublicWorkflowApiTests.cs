using System.Text.Json.Nodes;
using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Runtime;
using FormsEngine.Workflows.Seams;
using Microsoft.Data.Sqlite;

namespace FormsEngine.PublicApi.Tests.Workflows;

/// <summary>The workflow API exactly as a host sees it: load, publish, start, complete, deliver, verify.</summary>
public sealed class PublicWorkflowApiTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fe-wf-public-" + Guid.NewGuid().ToString("N"));

    public PublicWorkflowApiTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_host_runs_the_sample_approval_with_public_types_only()
    {
        var load = WorkflowDefinition.Load(await File.ReadAllTextAsync(SamplePath("elderly-allowance-approval")));
        Assert.True(load.Succeeded);
        var store = new EfWorkflowStore(WorkflowStorageOptions.Sqlite(Path.Combine(_folder, "wf.db")));
        await store.InitializeAsync(CancellationToken.None);
        var directory = new InMemoryAssigneeDirectory()
            .Community("东区社区", new Assignee(AssigneeKind.Role, "社区工作人员", "社区工作人员"), new Assignee(AssigneeKind.Role, "街道办", "街道办"))
            .Grid("G1", "东区社区", new Assignee(AssigneeKind.Person, "wang.li", "王丽"), "1栋");
        using var runtime = new WorkflowRuntime(new WorkflowRuntimeOptions { Store = store, Directory = directory });
        Assert.Empty(await runtime.PublishAsync(load.Definition!, CancellationToken.None));
        var input = new JsonObject { ["姓名"] = "李奶奶", ["年龄"] = 88, ["楼栋"] = "1栋", ["手机号"] = "13800000001" };

        var instance = await runtime.StartAsync("elderly-allowance-approval", input, "resident", CancellationToken.None);
        Assert.Equal("wang.li", instance.OpenTasks.Single().AssigneeId);
        var first = await runtime.CompleteTaskAsync(new TaskCompletion(instance.OpenTasks.Single().Id, "approve", "wang.li"), CancellationToken.None);
        Assert.True(first.Succeeded);
        var review = (await runtime.GetInstanceAsync(instance.Id, CancellationToken.None))!.OpenTasks.Single();
        await runtime.CompleteTaskAsync(new TaskCompletion(review.Id, "approve", "chen.jie"), CancellationToken.None);

        var done = (await runtime.GetInstanceAsync(instance.Id, CancellationToken.None))!;
        Assert.Equal((WorkflowStatus.Completed, "approved"), (done.Status, done.EndStatus));
        var sms = new ListChannel();
        Assert.Equal(3, await new OutboxDispatcher(store, [sms], "host").DispatchAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal("李奶奶您好，您的高龄补贴申请已通过，每月 100 元。", sms.Bodies.Single());
        Assert.True((await runtime.VerifyAuditAsync(null, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task A_host_commits_a_start_in_its_own_transaction_and_a_role_task_is_claimed_with_public_types_only()
    {
        var path = Path.Combine(_folder, "tx.db");
        var store = new EfWorkflowStore(WorkflowStorageOptions.Sqlite(path));
        await store.InitializeAsync(CancellationToken.None);
        var directory = new InMemoryAssigneeDirectory()
            .Community("东区社区", new Assignee(AssigneeKind.Role, "社区工作人员", "社区工作人员"), new Assignee(AssigneeKind.Role, "街道办", "街道办"))
            .Grid("G1", "东区社区", new Assignee(AssigneeKind.Person, "wang.li", "王丽"), "1栋");
        using var runtime = new WorkflowRuntime(new WorkflowRuntimeOptions { Store = store, Directory = directory });
        Assert.Empty(await runtime.PublishAsync(WorkflowDefinition.Load(await File.ReadAllTextAsync(SamplePath("elderly-allowance-approval"))).Definition!, CancellationToken.None));
        var input = new JsonObject { ["姓名"] = "李奶奶", ["年龄"] = 88, ["楼栋"] = "1栋", ["手机号"] = "13800000001" };

        var prepared = (await runtime.PrepareStartAsync("elderly-allowance-approval", input, "resident", CancellationToken.None))!;
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await store.CommitAsync(prepared.Commit, connection, transaction, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var waiting = (await runtime.ContinueAsync(prepared.InstanceId, CancellationToken.None))!;
        await runtime.CompleteTaskAsync(new TaskCompletion(waiting.OpenTasks.Single().Id, "approve", "wang.li"), CancellationToken.None);
        var review = (await runtime.GetInstanceAsync(prepared.InstanceId, CancellationToken.None))!.OpenTasks.Single();
        var claim = await runtime.ClaimTaskAsync(review.Id, "chen.jie", "陈洁", CancellationToken.None);

        Assert.Equal(TaskCompletionStatus.Claimed, claim.Status);
        Assert.Equal("chen.jie", (await runtime.ListOpenTasksAsync("chen.jie", CancellationToken.None)).Single().AssigneeId);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string SamplePath(string id)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FormsEngine.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "rulepacks", "workflows", id + ".json");
    }

    private sealed class ListChannel : INotificationChannel
    {
        public string Name => "sms";

        public List<string> Bodies { get; } = [];

        public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
        {
            Bodies.Add(message.Body);
            return Task.CompletedTask;
        }
    }
}
