namespace FormsEngine.Host.Hosting;

/// <summary>
/// Beijing time (UTC+8, no daylight saving), in which residents and staff read every date: receipts, lists, exports,
/// "today" of date fields. Stored times stay UTC Unix milliseconds; only what people see goes through here.
/// </summary>
internal static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>A stored Unix-millisecond time as Beijing time.</summary>
    public static DateTimeOffset FromUnixMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToOffset(Offset);

    /// <summary>Today's date in Beijing.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
