namespace FormsEngine.Benchmarks;

/// <summary>A clock that always says the same instant, so benchmarks that depend on "today" are repeatable.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
