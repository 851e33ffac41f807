using System.Diagnostics;
using FormsEngine.FaultTests.Faults;
using FormsEngine.FaultTests.Infrastructure;

namespace FormsEngine.FaultTests.ScaleOut;

/// <summary>One acknowledged or in-flight resident post of the multi-node drill and the node it went to.</summary>
internal sealed record SpreadPost(Attempt Attempt, int Node, double Milliseconds);

/// <summary>
/// Residents posting through several nodes, as a load balancer would spread them: worker <c>w</c> talks to node
/// <c>w mod n</c>. <see cref="ForAsync"/> measures throughput for a fixed time; <see cref="WithKillAsync"/> kills one
/// node after some acknowledgements, and the residents whose post was cut off press 提交 again on a surviving node with
/// the same page token (a fresh page there gives the antiforgery token: the key ring is shared).
/// </summary>
internal static class SpreadLoad
{
    /// <summary>Closed-loop posts through <paramref name="nodes"/> for <paramref name="duration"/>; every post must be acknowledged.</summary>
    public static async Task<IReadOnlyList<SpreadPost>> ForAsync(
        IReadOnlyList<HostProcess> nodes, int firstNumber, int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var posts = new List<SpreadPost>();
        var next = firstNumber - 1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            using var resident = new ResidentClient(nodes[w % nodes.Count].BaseAddress, TimeSpan.FromSeconds(60));
            while (clock.Elapsed < duration)
            {
                var (idem, antiforgery) = await resident.OpenAsync(cancellationToken);
                var attempt = new Attempt(new Applicant(Interlocked.Increment(ref next)), idem);
                var started = Stopwatch.GetTimestamp();
                attempt.Answer = await resident.PostAsync(attempt.Applicant, idem, antiforgery, cancellationToken);
                var post = new SpreadPost(attempt, w % nodes.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                lock (posts)
                {
                    posts.Add(post);
                }
            }
        }, cancellationToken)));
        return posts;
    }

    /// <summary>
    /// <paramref name="count"/> posts through all <paramref name="nodes"/>; after <paramref name="killAfterAcks"/>
    /// acknowledgements node <paramref name="victim"/> is killed. A post cut off by the kill is retried on the next node
    /// with its page token and marked <c>Retried</c>.
    /// </summary>
    public static async Task<(IReadOnlyList<SpreadPost> Posts, int Retried)> WithKillAsync(
        IReadOnlyList<HostProcess> nodes, int firstNumber, int count, int workers, int killAfterAcks, int victim, CancellationToken cancellationToken)
    {
        var posts = new List<SpreadPost>();
        var next = -1;
        var acks = 0;
        var retried = 0;
        var killing = 0;
        Task? killer = null;

        async Task WorkAsync(int w)
        {
            var node = w % nodes.Count;
            var resident = new ResidentClient(nodes[node].BaseAddress, TimeSpan.FromSeconds(60));
            try
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < count)
                {
                    var applicant = new Applicant(firstNumber + index);
                    string? idem = null;
                    while (true)
                    {
                        try
                        {
                            var (fresh, antiforgery) = await resident.OpenAsync(cancellationToken);
                            idem ??= fresh;
                            var attempt = new Attempt(applicant, idem) { Answer = await resident.PostAsync(applicant, idem, antiforgery, cancellationToken) };
                            lock (posts)
                            {
                                posts.Add(new SpreadPost(attempt, node, 0));
                            }

                            if (attempt.Answer.Acknowledged && Interlocked.Increment(ref acks) == killAfterAcks)
                            {
                                Volatile.Write(ref killing, 1);
                                killer = Task.Run(nodes[victim].Kill, cancellationToken);
                            }

                            break;
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && node == victim && Volatile.Read(ref killing) == 1)
                        {
                            // The node died under this resident: go on through the next node, same page token if one was issued.
                            Interlocked.Increment(ref retried);
                            node = (node + 1) % nodes.Count;
                            resident.Dispose();
                            resident = new ResidentClient(nodes[node].BaseAddress, TimeSpan.FromSeconds(60));
                        }
                    }
                }
            }
            finally
            {
                resident.Dispose();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(w), cancellationToken)));
        if (killer is not null)
        {
            await killer;
        }

        return (posts, retried);
    }
}
