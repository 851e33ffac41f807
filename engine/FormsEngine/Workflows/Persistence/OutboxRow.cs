namespace FormsEngine.Workflows.Persistence;

/// <summary>A rendered notification waiting for (or past) delivery.</summary>
public sealed class OutboxRow
{
    /// <summary>Database key.</summary>
    public long Id { get; set; }

    /// <summary>Unique: the same step rendered twice cannot enqueue twice.</summary>
    public string IdempotencyKey { get; set; } = "";

    /// <summary>The instance that rendered it.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>inApp, sms, wechat, …</summary>
    public string Channel { get; set; } = "";

    /// <summary>Account id, phone number or OpenID.</summary>
    public string Recipient { get; set; } = "";

    /// <summary>The rendered text.</summary>
    public string Body { get; set; } = "";

    /// <summary>When it was rendered (Unix ms).</summary>
    public long CreatedAt { get; set; }

    /// <summary>When delivery succeeded (Unix ms), or null.</summary>
    public long? DeliveredAt { get; set; }

    /// <summary>Delivery attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>The last delivery error.</summary>
    public string? LastError { get; set; }

    /// <summary>The dispatcher holding the row, or null.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When that lease runs out (Unix ms).</summary>
    public long LeaseExpiresAt { get; set; }
}
