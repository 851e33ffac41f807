namespace FormsEngine.Packs.Cases;

/// <summary>The clock of one golden case: 09:00 China time of its <c>today</c>, moved on by <c>+P1D</c> decisions.</summary>
internal sealed class CaseClock(DateOnly today) : TimeProvider
{
    private DateTimeOffset _now = new(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China", "China");

    public void Advance(TimeSpan by) => _now += by;
}
