using FormsEngine.Workflows.Persistence;
using FormsEngine.Workflows.Seams;

namespace FormsEngine.Workflows.Runtime;

/// <summary>
/// Delivers outbox rows through channel adapters, separately from the steps that rendered them. Rows are claimed with
/// leases; a row whose send fails (or whose process dies before it is marked) is sent again later, so delivery is
/// at-least-once and adapters de-duplicate by <see cref="NotificationMessage.IdempotencyKey"/>.
/// The <c>inApp</c> channel is delivered by marking the row: the outbox is the in-app inbox.
/// </summary>
public sealed class OutboxDispatcher
{
    /// <summary>The in-app channel name.</summary>
    public const string InApp = "inApp";

    private readonly IWorkflowStore _store;
    private readonly Dictionary<string, INotificationChannel> _channels;
    private readonly string _owner;
    private readonly TimeSpan _lease;
    private readonly int _maxAttempts;

    /// <summary>
    /// Creates a dispatcher over <paramref name="store"/> with the given channel adapters. A failed row is retried when
    /// its lease (default 30 s) runs out, up to <paramref name="maxAttempts"/> (default 10); then it stays in the outbox
    /// with its last error for staff to look at.
    /// </summary>
    public OutboxDispatcher(IWorkflowStore store, IEnumerable<INotificationChannel> channels, string ownerId, TimeSpan? leaseDuration = null, int maxAttempts = 10)
    {
        ArgumentNullException.ThrowIfNull(channels);
        _store = store;
        _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _owner = ownerId;
        _lease = leaseDuration ?? TimeSpan.FromSeconds(30);
        _maxAttempts = maxAttempts;
    }

    /// <summary>Sends what is due at <paramref name="now"/>; returns how many rows were delivered.</summary>
    public async Task<int> DispatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var delivered = 0;
        var nowMs = now.ToUnixTimeMilliseconds();
        var rows = await _store.ClaimOutboxAsync(_owner, nowMs, (now + _lease).ToUnixTimeMilliseconds(), 100, _maxAttempts, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            string? failure = null;
            if (row.Channel != InApp)
            {
                failure = await SendAsync(row, cancellationToken).ConfigureAwait(false);
            }

            // A lease lost while sending (another node re-claimed the row) leaves the other node's record standing.
            var recorded = await _store.RecordDeliveryAsync(row.Id, _owner, nowMs, failure, cancellationToken).ConfigureAwait(false);
            delivered += recorded && failure is null ? 1 : 0;
        }

        return delivered;
    }

    private async Task<string?> SendAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        if (!_channels.TryGetValue(row.Channel, out var channel))
        {
            return $"no adapter for channel '{row.Channel}'";
        }

        try
        {
            await channel.SendAsync(new NotificationMessage(row.IdempotencyKey, row.Channel, row.Recipient, row.Body), cancellationToken).ConfigureAwait(false);
            return null;
        }
#pragma warning disable CA1031 // An adapter may fail in any way; the row is kept and retried, the error recorded on it.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return ex.Message;
        }
    }
}
