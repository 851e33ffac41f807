using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FormsEngine.FaultTests.Faults;
using FormsEngine.FaultTests.Infrastructure;
using Xunit.Abstractions;

namespace FormsEngine.FaultTests.ScaleOut;

/// <summary>
/// Three real host nodes over one PostgreSQL database, each with its own data folder. Resident posts spread over 1, 2
/// and 3 nodes for the same time (the throughput table); then a burst over all three during which node C gets SIGKILL.
/// Afterwards: every acknowledged post is stored once, complete and decryptable; the posts cut off by the kill and
/// retried on a survivor are stored once; the workflows C left runnable are resumed by A or B once C's lease lapses;
/// every timer, SLA escalation and message happened exactly once; a task is completed on another node than the one
/// that took the post. <c>SCALEOUT_PHASE_SECONDS</c> sets each throughput phase (default 8).
/// </summary>
public sealed class ThreeNodeDrillTests(ITestOutputHelper output)
{
    private const int Workers = 12;
    private const int BurstPosts = 150;
    private static readonly TimeSpan TimerWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan TimerInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Three_nodes_share_the_work_and_losing_one_loses_nothing_and_fires_nothing_twice()
    {
        var phase = TimeSpan.FromSeconds(Environment.GetEnvironmentVariable("SCALEOUT_PHASE_SECONDS") is { Length: > 0 } s
            ? double.Parse(s, CultureInfo.InvariantCulture) : 8);
        var seed = Environment.GetEnvironmentVariable("FAULTS_SEED") is { Length: > 0 } given ? int.Parse(given, CultureInfo.InvariantCulture) : Random.Shared.Next();
        output.WriteLine($"seed {seed} (FAULTS_SEED repeats the kill point); {phase.TotalSeconds} s per throughput phase");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var ct = cancellation.Token;
        using var folder = new DrillFolder(TimerWait);
        using var cluster = new NodeCluster(folder);
        try
        {
            var starts = await cluster.StartAsync(3, TimerInterval);
            output.WriteLine($"node starts (A migrates and seeds): {string.Join(", ", starts.Select((ms, i) => $"{NodeCluster.Names[i]} {ms} ms"))}");

            // Throughput through 1, 2 and 3 nodes, one after the other in this run.
            var rows = new List<ThroughputRow>();
            var posts = new List<SpreadPost>();
            for (var n = 1; n <= 3; n++)
            {
                var phasePosts = await SpreadLoad.ForAsync(cluster.Alive.Take(n).ToList(), 1 + posts.Count + (n * 100_000), Workers, phase, ct);
                Assert.All(phasePosts, p => Assert.True(p.Attempt.Answer!.Acknowledged, $"through {n} nodes a post got {p.Attempt.Answer.Status}"));
                rows.Add(ThroughputRow.From(n, phasePosts, phase));
                posts.AddRange(phasePosts);
            }

            output.WriteLine(ThroughputRow.Markdown(rows));

            // The burst over three nodes, with node C killed part-way.
            var killAfter = new Random(seed).Next(BurstPosts / 5, BurstPosts * 3 / 5);
            var victim = cluster[2];
            var (burst, retried) = await SpreadLoad.WithKillAsync(cluster.Alive, 900_000, BurstPosts, 9, killAfter, 2, ct);
            Assert.True(victim.HasExited, $"node C was never killed ({burst.Count} posts)");
            var unanswered = burst.Where(p => !p.Attempt.Answer!.Acknowledged).ToList();
            Assert.True(unanswered.Count == 0, "posts answered without a receipt: " + string.Join(", ", unanswered.Select(p => p.Attempt.Answer!.Status)));
            var finals = burst.GroupBy(p => p.Attempt.Applicant.Number).Select(g => g.Last()).ToList();
            Assert.Equal(BurstPosts, finals.Count);
            output.WriteLine($"burst: {BurstPosts} residents, node C killed after {killAfter} acknowledgements, {retried} posts cut off and retried on A or B");

            using (var check = await StoredCheck.SignInAsync(cluster[0].BaseAddress))
            {
                var problems = await check.ProblemsAsync(finals.Select(p => (p.Attempt.Applicant, p.Attempt.Answer!.ReceiptId!)));
                Assert.True(problems.Count == 0, $"{problems.Count} submissions wrong:\n" + string.Join("\n", problems.Take(20)));
            }

            var database = cluster.Database;
            var settle = Stopwatch.StartNew();
            while ((database.Unsettled() > 0 || database.PendingTimers() > 0) && settle.Elapsed < SettleTimeout)
            {
                await Task.Delay(250, ct);
            }

            output.WriteLine($"settled in {settle.ElapsedMilliseconds} ms (lease {DrillFolder.WorkflowLease.TotalSeconds} s)");
            Assert.Equal(posts.Count + BurstPosts, database.Submissions());
            Assert.Equal(0, database.Duplicates());
            Assert.Equal(0, database.SubmissionsWithoutBothWorkflows());
            Assert.True(database.Unsettled() == 0, $"{database.Unsettled()} workflows did not resume within {SettleTimeout.TotalSeconds} s; see {folder.LogFile}.*");
            Assert.Equal(0, database.PendingTimers());
            Assert.Equal(0, database.FiringAnomalies());
            Assert.Equal(0, database.RedeliveredExceptBy($"{Environment.MachineName}-{victim.ProcessId}-"));
            output.WriteLine($"stored {database.Submissions()}, duplicates 0, timers fired {database.FiredSince("timer.fire", DateTimeOffset.UnixEpoch)}, "
                + $"escalations {database.FiredSince("task.escalate", DateTimeOffset.UnixEpoch)}, each once");

            var takenBy = posts.Concat(finals).ToDictionary(p => p.Attempt.Answer!.ReceiptId!, p => p.Node);
            await CompleteOnAnotherNodeAsync(cluster, takenBy, ct);
        }
        catch
        {
            folder.Keep = true;
            output.WriteLine($"保留演练目录 / drill folder kept for diagnosis: {folder.LogFile}.A/B/C");
            throw;
        }
    }

    /// <summary>
    /// On node B the grid worker approves a task of a submission node A took (so A's continuation created it); the
    /// community staff's review task then exists for it, and A sees the task gone from the grid worker's inbox.
    /// </summary>
    private static async Task CompleteOnAnotherNodeAsync(NodeCluster cluster, Dictionary<string, int> takenBy, CancellationToken ct)
    {
        using var grid = await StaffClient.SignInAsync(cluster[1].BaseAddress, "dongqu.grid1", ct);
        var inbox = (await grid.GetFromJsonAsync<JsonArray>(new Uri("api/v1/tasks?limit=50", UriKind.Relative), ct))!;
        var task = inbox.First(t => takenBy.GetValueOrDefault(t!["submissionId"]!.GetValue<string>(), -1) == 0)!;
        var submissionId = task["submissionId"]!.GetValue<string>();
        using var approve = await grid.PostAsJsonAsync(new Uri($"api/v1/tasks/{task["id"]}/complete", UriKind.Relative), new { outcome = "approve" }, ct);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);

        Assert.Equal(1, cluster.Database.OpenTasks(submissionId, "communityReview"));
        using var gridOnA = await StaffClient.SignInAsync(cluster[0].BaseAddress, "dongqu.grid1", ct);
        var after = (await gridOnA.GetFromJsonAsync<JsonArray>(new Uri("api/v1/tasks?limit=50", UriKind.Relative), ct))!;
        Assert.DoesNotContain(after, t => t!["id"]!.GetValue<string>() == task["id"]!.GetValue<string>());
    }
}
