namespace FormsEngine.Designer.Tests.Forms;

/// <summary>A clock stopped at one instant, so today() and age() are predictable.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
