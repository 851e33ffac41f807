namespace FormsEngine.Tests.Expressions;

/// <summary>A clock that always says the same instant, injected into both backends.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
