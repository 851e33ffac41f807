using FormsEngine.FaultTests.Infrastructure;

namespace FormsEngine.FaultTests.Faults;

/// <summary>One resident submission of a burst: who, with which page token, and what came back (null: no answer).</summary>
internal sealed class Attempt(Applicant applicant, string idem)
{
    public Applicant Applicant { get; } = applicant;

    /// <summary>The page's one-time token; a retry posts it again.</summary>
    public string Idem { get; } = idem;

    /// <summary>The answer, or null when the post was sent and the host died before answering (in flight).</summary>
    public PostAnswer? Answer { get; set; }
}

/// <summary>
/// Several residents posting at once (one HttpClient and cookie jar each). When <c>killAfterAcks</c> posts have been
/// acknowledged, <c>kill</c> runs once on its own thread while the workers go on posting, so posts are cut off in
/// every stage; once the host is gone no new post starts. A post refused at connect never reached the host and is not
/// kept; one sent and never answered is kept with a null answer (in flight).
/// </summary>
internal static class Burst
{
    public static async Task<IReadOnlyList<Attempt>> RunAsync(
        Uri baseAddress, int firstNumber, int count, int workers, int killAfterAcks, Action kill, CancellationToken cancellationToken)
    {
        var attempts = new List<Attempt>();
        var next = -1;
        var acks = 0;
        var killing = 0;
        var dead = 0;
        Task? killer = null;

        bool CutOff(Exception ex) => ex is HttpRequestException or TaskCanceledException && Volatile.Read(ref killing) == 1;

        async Task WorkAsync()
        {
            using var resident = new ResidentClient(baseAddress, TimeSpan.FromSeconds(30));
            int index;
            while (Volatile.Read(ref dead) == 0 && (index = Interlocked.Increment(ref next)) < count)
            {
                string idem, antiforgery;
                try
                {
                    (idem, antiforgery) = await resident.OpenAsync(cancellationToken);
                }
                catch (Exception ex) when (CutOff(ex))
                {
                    return; // The host is going; nothing was posted.
                }

                var attempt = new Attempt(new Applicant(firstNumber + index), idem);
                try
                {
                    attempt.Answer = await resident.PostAsync(attempt.Applicant, idem, antiforgery, cancellationToken);
                }
                catch (HttpRequestException ex) when (CutOff(ex) && ex.InnerException is System.Net.Sockets.SocketException
                    { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused })
                {
                    return; // Refused at connect: the host never saw it.
                }
                catch (Exception ex) when (CutOff(ex))
                {
                    // Sent, never answered: in flight at the kill.
                }

                lock (attempts)
                {
                    attempts.Add(attempt);
                }

                if (attempt.Answer is null)
                {
                    return;
                }

                if (attempt.Answer.Acknowledged && Interlocked.Increment(ref acks) == killAfterAcks
                    && Interlocked.CompareExchange(ref killing, 1, 0) == 0)
                {
                    killer = Task.Run(() =>
                    {
                        kill();
                        Volatile.Write(ref dead, 1);
                    }, cancellationToken);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync, cancellationToken)));
        if (killer is not null)
        {
            await killer;
        }

        return attempts;
    }
}
