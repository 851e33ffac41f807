namespace FormsEngine.Workflows.Seams;

/// <summary>
/// Delivers rendered notifications for one channel (<c>sms</c>, <c>wechat</c>, …). Delivery is at-least-once: the
/// same message may arrive again after a crash, so adapters pass <see cref="NotificationMessage.IdempotencyKey"/> on
/// to the provider (or remember it) to drop repeats. The <c>inApp</c> channel needs no adapter: its outbox rows are the inbox.
/// </summary>
public interface INotificationChannel
{
    /// <summary>The channel name used in definitions, e.g. <c>sms</c>.</summary>
    string Name { get; }

    /// <summary>Sends one message; throw to have it retried later.</summary>
    Task SendAsync(NotificationMessage message, CancellationToken cancellationToken);
}

/// <summary>One rendered notification as it leaves the outbox.</summary>
/// <param name="IdempotencyKey">Stable across retries: <c>instance:step:activity:recipient</c>.</param>
/// <param name="Channel">The channel name.</param>
/// <param name="Recipient">An account id, a phone number or an OpenID, depending on the channel.</param>
/// <param name="Body">The rendered text.</param>
public sealed record NotificationMessage(string IdempotencyKey, string Channel, string Recipient, string Body);
