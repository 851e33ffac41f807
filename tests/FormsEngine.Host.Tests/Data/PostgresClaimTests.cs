using System.Collections.Concurrent;
using FormsEngine.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace FormsEngine.Host.Tests.Data;

/// <summary>
/// Row leases on real PostgreSQL: several stores ("nodes") claim at once over one database, and every due timer, stalled
/// instance and outbox row is leased by exactly one of them, in one statement per claim; an expired lease is claimable
/// again, and a node that lost its lease cannot overwrite the new holder's delivery record.
/// </summary>
public sealed class PostgresClaimTests(ITestOutputHelper output)
{
    private const int Rows = 300;
    private const int Nodes = 6;
    private const int Batch = 25;
    private const long Now = 1_000_000;

    [Fact]
    public async Task Concurrent_nodes_claim_every_due_timer_exactly_once_in_one_statement_per_claim()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var nodes = await NodesAsync(database);
        await ExecuteAsync(database, $"""
            INSERT INTO wf_scheduled_work ("Id", "InstanceId", "Kind", "TargetId", "DueAt", "Done", "LeaseOwner", "LeaseExpiresAt")
            SELECT 'w' || g, 'i' || g, 'timer', 't', {Now} - g, false, NULL, 0 FROM generate_series(1, {Rows}) AS g;
            INSERT INTO wf_scheduled_work ("Id", "InstanceId", "Kind", "TargetId", "DueAt", "Done", "LeaseOwner", "LeaseExpiresAt")
            VALUES ('done', 'i', 'timer', 't', 1, true, NULL, 0), ('later', 'i', 'timer', 't', {Now + 1}, false, NULL, 0);
            """);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var claimed = await ClaimConcurrentlyAsync(nodes, async (node, owner) =>
            (await node.Store.ClaimDueWorkAsync(owner, Now, Now + 60_000, Batch, CancellationToken.None)).Select(w => w.Id).ToList());
        output.WriteLine($"{Rows} due rows, {Nodes} nodes, batch {Batch}: {nodes.Sum(n => n.Claims)} claims, {nodes.Sum(n => n.Commands.Count)} commands, "
            + $"per node {string.Join("/", nodes.Select(n => n.Claims))} claims, {watch.ElapsedMilliseconds} ms");

        AssertEachOnce(claimed, Enumerable.Range(1, Rows).Select(i => "w" + i));
        Assert.Equal(0, await ScalarAsync(database, """SELECT count(*) FROM wf_scheduled_work WHERE "LeaseOwner" IS NOT NULL AND "Id" IN ('done', 'later')"""));
        AssertOneStatementPerClaim(nodes);
    }

    [Fact]
    public async Task Concurrent_nodes_claim_every_outbox_row_and_stalled_instance_exactly_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var nodes = await NodesAsync(database);
        await ExecuteAsync(database, $"""
            INSERT INTO wf_outbox ("IdempotencyKey", "InstanceId", "Channel", "Recipient", "Body", "CreatedAt", "DeliveredAt", "Attempts", "LastError", "LeaseOwner", "LeaseExpiresAt")
            SELECT 'k' || g, 'i' || g, 'inApp', 'staff', 'body', 0, NULL, 0, NULL, NULL, 0 FROM generate_series(1, {Rows}) AS g;
            INSERT INTO wf_outbox ("IdempotencyKey", "InstanceId", "Channel", "Recipient", "Body", "CreatedAt", "DeliveredAt", "Attempts", "LastError", "LeaseOwner", "LeaseExpiresAt")
            VALUES ('delivered', 'i', 'inApp', 'staff', 'body', 0, 5, 1, NULL, NULL, 0), ('given-up', 'i', 'sms', 'staff', 'body', 0, NULL, 10, 'down', NULL, 0);
            INSERT INTO wf_instances ("Id", "DefinitionId", "DefinitionVersion", "Status", "StateJson", "Version", "Runnable", "LeaseOwner", "LeaseExpiresAt", "UpdatedAt")
            SELECT 'i' || g, 'd', 1, 'Running', '', 1, g % 2 = 0, 'dead-node', {Now} - 1, 0 FROM generate_series(1, {Rows}) AS g;
            """);

        var outbox = await ClaimConcurrentlyAsync(nodes, async (node, owner) =>
            (await node.Store.ClaimOutboxAsync(owner, Now, Now + 60_000, Batch, 10, CancellationToken.None)).Select(o => o.IdempotencyKey).ToList());
        AssertEachOnce(outbox, Enumerable.Range(1, Rows).Select(i => "k" + i));
        AssertOneStatementPerClaim(nodes);

        var stalled = await ClaimConcurrentlyAsync(nodes, async (node, owner) =>
            (await node.Store.ClaimStalledInstancesAsync(owner, Now, Now + 60_000, Batch, CancellationToken.None)).ToList());
        AssertEachOnce(stalled, Enumerable.Range(1, Rows).Where(i => i % 2 == 0).Select(i => "i" + i));
    }

    [Fact]
    public async Task An_expired_lease_is_claimed_again_and_the_old_holder_cannot_overwrite_the_new_holders_delivery()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var nodes = await NodesAsync(database);
        var (a, b) = (nodes[0].Store, nodes[1].Store);
        await ExecuteAsync(database, """
            INSERT INTO wf_scheduled_work ("Id", "InstanceId", "Kind", "TargetId", "DueAt", "Done", "LeaseOwner", "LeaseExpiresAt")
            VALUES ('w1', 'i1', 'sla', 't', 10, false, NULL, 0);
            INSERT INTO wf_outbox ("IdempotencyKey", "InstanceId", "Channel", "Recipient", "Body", "CreatedAt", "DeliveredAt", "Attempts", "LastError", "LeaseOwner", "LeaseExpiresAt")
            VALUES ('k1', 'i1', 'sms', '13600136000', 'body', 0, NULL, 0, NULL, NULL, 0);
            """);

        Assert.Single(await a.ClaimDueWorkAsync("a", Now, Now + 1_000, Batch, CancellationToken.None));
        Assert.Empty(await b.ClaimDueWorkAsync("b", Now + 500, Now + 1_500, Batch, CancellationToken.None));
        Assert.Single(await b.ClaimDueWorkAsync("b", Now + 2_000, Now + 3_000, Batch, CancellationToken.None));

        var row = Assert.Single(await a.ClaimOutboxAsync("a", Now, Now + 1_000, Batch, 10, CancellationToken.None));
        Assert.Empty(await b.ClaimOutboxAsync("b", Now + 500, Now + 1_500, Batch, 10, CancellationToken.None));
        Assert.Single(await b.ClaimOutboxAsync("b", Now + 2_000, Now + 3_000, Batch, 10, CancellationToken.None));

        // B delivers; A, whose send outlived its lease, then reports a failure: it must not re-queue the delivered row.
        Assert.True(await b.RecordDeliveryAsync(row.Id, "b", Now + 2_100, null, CancellationToken.None));
        Assert.False(await a.RecordDeliveryAsync(row.Id, "a", Now + 2_200, "timeout", CancellationToken.None));
        Assert.Equal(1, await ScalarAsync(database, """SELECT count(*) FROM wf_outbox WHERE "DeliveredAt" = 1002100 AND "Attempts" = 1 AND "LastError" IS NULL"""));
        Assert.Empty(await a.ClaimOutboxAsync("a", Now + 9_000, Now + 10_000, Batch, 10, CancellationToken.None));
    }

    private static async Task<List<ClaimNode>> NodesAsync(PostgresDatabase database)
    {
        var nodes = Enumerable.Range(0, Nodes).Select(_ => new ClaimNode(database.ConnectionString)).ToList();
        await nodes[0].Store.InitializeAsync(CancellationToken.None);
        return nodes;
    }

    /// <summary>Every node claims in a loop, all at once, until a claim comes back empty; returns every id claimed.</summary>
    private static async Task<List<string>> ClaimConcurrentlyAsync(List<ClaimNode> nodes, Func<ClaimNode, string, Task<List<string>>> claim)
    {
        var all = new ConcurrentBag<string>();
        using var start = new SemaphoreSlim(0, nodes.Count);
        var runs = nodes.Select((node, index) => Task.Run(async () =>
        {
            await start.WaitAsync();
            node.Commands.Reset();
            node.Claims = 0;
            while (await claim(node, "node-" + index) is { Count: > 0 } ids)
            {
                Assert.True(ids.Count <= Batch, $"a claim returned {ids.Count} rows, more than its limit");
                ids.ForEach(all.Add);
                node.Claims++;
            }

            node.Claims++; // the empty claim that ended the loop
        })).ToList();
        start.Release(nodes.Count);
        await Task.WhenAll(runs);
        return [.. all];
    }

    private static void AssertEachOnce(List<string> claimed, IEnumerable<string> expected)
    {
        Assert.Equal(claimed.Count, claimed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), claimed.Order(StringComparer.Ordinal));
    }

    private static void AssertOneStatementPerClaim(List<ClaimNode> nodes)
    {
        foreach (var node in nodes)
        {
            Assert.Equal(node.Claims, node.Commands.Count);
        }
    }

    private static async Task ExecuteAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>One "node": its own store (own context pool) over the shared database, counting the commands it sends.</summary>
    private sealed class ClaimNode
    {
        public ClaimNode(string connectionString)
        {
            Store = new EfWorkflowStore(new WorkflowStorageOptions
            {
                Configure = b => b.UseNpgsql(connectionString).AddInterceptors(Commands),
                IsSqlite = false,
            });
        }

        public CommandCounter Commands { get; } = new();

        public EfWorkflowStore Store { get; }

        public int Claims { get; set; }
    }
}
