using System.Diagnostics;
using System.Globalization;
using FormsEngine.FaultTests.Infrastructure;
using Xunit.Abstractions;

namespace FormsEngine.FaultTests.Faults;

/// <summary>
/// The real host, killed with SIGKILL in the middle of a burst of resident submissions, restarted on the same data
/// folder, several rounds at seeded random points (set <c>FAULTS_SEED</c> to repeat a run). After each restart: every
/// acknowledged submission is stored once, complete and decryptable; unanswered posts retried with their page token
/// are stored once; every workflow resumes to where it should rest; every timer fires exactly once.
/// </summary>
public sealed class KillDuringBurstTests(ITestOutputHelper output)
{
    private const int Rounds = 3;
    private const int PerRound = 120;
    private const int Workers = 8;

    /// <summary>The drill workflow waits this long (and its task's SLA is as long), so the last seconds' timers fall due while the host is dead.</summary>
    private static readonly TimeSpan TimerWait = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan TimerInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>A start committed by the dead process is leased to it for <see cref="DrillFolder.WorkflowLease"/>; then any node resumes it.</summary>
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Sigkill_mid_burst_loses_nothing_stores_nothing_twice_and_resumes_workflows_and_timers()
    {
        var seed = Environment.GetEnvironmentVariable("FAULTS_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"seed {seed} (FAULTS_SEED={seed} repeats the kill points)");
        var random = new Random(seed);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        using var folder = new DrillFolder(TimerWait);
        output.WriteLine($"host log: {folder.LogFile}");
        var database = DrillDatabase.Sqlite(folder.DatabaseFile);
        var host = await HostProcess.StartAsync(folder.Settings(TimerInterval), folder.LogFile, StartTimeout);
        var started = new List<HostProcess> { host };
        output.WriteLine($"first start (migrations, demo seed): {host.StartMilliseconds} ms");
        var reports = new List<RoundReport>();
        var posted = 0;
        try
        {
            for (var round = 1; round <= Rounds; round++)
            {
                var killAfter = random.Next(PerRound / 5, PerRound * 4 / 5);
                var (report, next) = await RoundAsync(round, killAfter, host, started, folder, database, posted, cancellation.Token);
                host = next;
                posted += report.Acknowledged + report.InFlight;
                reports.Add(report);
                output.WriteLine(report.ToString());
            }
        }
        catch
        {
            folder.Keep = true;
            output.WriteLine($"保留演练目录 / drill folder kept for diagnosis: {folder.LogFile}");
            throw;
        }
        finally
        {
            started.ForEach(h => h.Dispose()); // kills a host a failed round left running
            output.WriteLine(RoundReport.Markdown(reports));
        }

        Assert.Equal(Rounds, reports.Count);
        Assert.All(reports, r => Assert.True(r.Acknowledged >= r.KillAfterAcks, $"round {r.Round}: the kill came before {r.KillAfterAcks} acknowledgements"));
    }

    /// <summary>One burst, one kill, one restart and every check; returns the row and the restarted host.</summary>
    private static async Task<(RoundReport Report, HostProcess Host)> RoundAsync(
        int round, int killAfter, HostProcess host, List<HostProcess> started, DrillFolder folder, DrillDatabase database, int postedBefore, CancellationToken ct)
    {
        // Numbers never repeat across rounds: a round may post number 60 and not 59 (refused at connect).
        var attempts = await Burst.RunAsync(host.BaseAddress, ((round - 1) * PerRound) + 1, PerRound, Workers, killAfter, host.Kill, ct);
        Assert.True(host.HasExited, $"第 {round} 轮没有杀掉主机 / round {round}: the host was never killed ({attempts.Count} posts)");
        host.Dispose();

        var refused = attempts.Where(a => a.Answer is { Acknowledged: false }).ToList();
        Assert.True(refused.Count == 0, $"round {round}: posts answered without a receipt: "
            + string.Join(", ", refused.Select(a => $"{a.Applicant.Name}={a.Answer!.Status}")));
        var acknowledged = attempts.Where(a => a.Answer is not null).ToList();
        var inFlight = attempts.Where(a => a.Answer is null).ToList();

        // What the dead process left: starts not yet run on, timers not yet fired.
        var toResume = database.Pending();
        var timersPending = database.PendingTimers();
        var inFlightStored = inFlight.Count(a => database.HasIdempotencyKey(a.Idem));

        var restartedAt = DateTimeOffset.UtcNow;
        host = await HostProcess.StartAsync(folder.Settings(TimerInterval), folder.LogFile, StartTimeout);
        started.Add(host);

        // The residents whose post got no answer press 提交 again: a fresh page for the antiforgery token, the same _idem.
        foreach (var attempt in inFlight)
        {
            using var resident = new ResidentClient(host.BaseAddress, TimeSpan.FromSeconds(30));
            var (_, antiforgery) = await resident.OpenAsync(ct);
            attempt.Answer = await resident.PostAsync(attempt.Applicant, attempt.Idem, antiforgery, ct);
            Assert.True(attempt.Answer.Acknowledged, $"round {round}: the retry of {attempt.Applicant.Name} got {attempt.Answer.Status}");
        }

        using (var check = await StoredCheck.SignInAsync(host.BaseAddress))
        {
            var problems = await check.ProblemsAsync(attempts.Select(a => (a.Applicant, a.Answer!.ReceiptId!)));
            Assert.True(problems.Count == 0, $"round {round}: {problems.Count} submissions wrong:\n" + string.Join("\n", problems.Take(20)));
        }

        var settle = Stopwatch.StartNew();
        while ((database.Unsettled() > 0 || database.PendingTimers() > 0) && settle.Elapsed < SettleTimeout)
        {
            await Task.Delay(250, ct);
        }

        settle.Stop();
        var stored = database.Submissions();
        var duplicates = database.Duplicates();
        Assert.Equal(postedBefore + attempts.Count, stored);
        Assert.Equal(0, duplicates);
        Assert.Equal(0, database.SubmissionsWithoutBothWorkflows());
        Assert.Equal(stored, database.Instances(DrillFolder.ApprovalWorkflowId));
        Assert.Equal(stored, database.Instances(DrillFolder.TimerWorkflowId));
        Assert.True(database.Unsettled() == 0, $"round {round}: {database.Unsettled()} workflows did not resume within {SettleTimeout.TotalSeconds} s; see {folder.LogFile}");
        Assert.Equal(0, database.PendingTimers());
        Assert.Equal(0, database.FiringAnomalies());
        var fired = database.FiredSince("timer.fire", restartedAt);
        var escalated = database.FiredSince("task.escalate", restartedAt) + database.FiredSince("task.escalate.top", restartedAt);

        var report = new RoundReport(round, killAfter, acknowledged.Count, inFlight.Count, inFlightStored, stored, duplicates,
            toResume, timersPending, fired, escalated, host.StartMilliseconds, settle.ElapsedMilliseconds);
        return (report, host);
    }
}
