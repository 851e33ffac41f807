using FormsEngine.Storage;
using FormsEngine.Workflows;
using FormsEngine.Workflows.Definitions;
using FormsEngine.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace FormsEngine.Host.Tests.Workflows;

/// <summary>
/// Two real hosts on one PostgreSQL database, both ticking every 100 ms: each due wait fires once (one
/// <c>timer.fire</c> audit entry per instance) and each notification is delivered once, whichever node claims it.
/// </summary>
public sealed class TwoNodeTimerTests(ITestOutputHelper output)
{
    private const int Instances = 40;

    [Fact]
    public async Task Each_due_wait_fires_once_and_each_notification_is_delivered_once_across_two_nodes()
    {
        await using var database = await Data.PostgresDatabase.CreateAsync();
        using var nodeA = Node(database);
        using var clientA = nodeA.CreateClient(); // starts the host: migrations, then the timer service
        using var nodeB = Node(database);
        using var clientB = nodeB.CreateClient();
        var runtimeA = nodeA.Services.GetRequiredService<WorkflowRuntime>();
        var load = WorkflowDefinition.Load(WorkflowTimerServiceTests.Definition);
        Assert.True(load.Succeeded, string.Join(Environment.NewLine, load.Diagnostics));
        Assert.Empty(await runtimeA.PublishAsync(load.Definition!, CancellationToken.None));

        var ids = new List<string>();
        for (var i = 0; i < Instances; i++)
        {
            ids.Add((await runtimeA.StartAsync("short-wait", [], "测试", CancellationToken.None)).Id);
        }

        var runtimeB = nodeB.Services.GetRequiredService<WorkflowRuntime>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline && !await AllCompletedAsync(runtimeB, ids))
        {
            await Task.Delay(100);
        }

        Assert.True(await AllCompletedAsync(runtimeB, ids), "every instance completes within 30 s");
        var elapsed = DateTime.UtcNow - started;

        // Let a few more ticks pass first: nothing fires or is delivered a second time later either.
        await Task.Delay(500);
        var store = nodeA.Services.GetRequiredService<EfWorkflowStore>();
        foreach (var id in ids)
        {
            Assert.Single(await store.ListAuditAsync(id, CancellationToken.None), a => a.Action == "timer.fire");
        }

        var inbox = (await store.ListOutboxAsync(OutboxDispatcher.InApp, "staff", CancellationToken.None)).Where(o => ids.Contains(o.InstanceId)).ToList();
        Assert.Equal(Instances, inbox.Count);
        Assert.All(inbox, row => Assert.True(row.DeliveredAt is not null && row.Attempts == 1, $"{row.IdempotencyKey}: {row.Attempts} attempts"));
        output.WriteLine($"{Instances} waits fired in {elapsed.TotalSeconds:F1} s; lease owners: {await OwnersAsync(database)}");
    }

    private static HostFactory Node(Data.PostgresDatabase database) => new()
    {
        TimerInterval = TimeSpan.FromMilliseconds(100),
        Settings = { ["FormsEngine:Database"] = "postgres", ["ConnectionStrings:FormsEngine"] = database.ConnectionString },
    };

    private static async Task<bool> AllCompletedAsync(WorkflowRuntime runtime, List<string> ids)
    {
        foreach (var id in ids)
        {
            if (await runtime.GetInstanceAsync(id, CancellationToken.None) is not { Status: WorkflowStatus.Completed })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many fired timers each node leased (informational: which node wins is up to the race).</summary>
    private static async Task<string> OwnersAsync(Data.PostgresDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM wf_scheduled_work GROUP BY "LeaseOwner" ORDER BY 1""", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new List<long>();
        while (await reader.ReadAsync())
        {
            counts.Add(reader.GetInt64(0));
        }

        return string.Join(" + ", counts);
    }
}
