namespace FormsEngine.Expressions;

/// <summary>Limits and environment for compiling and evaluating expressions. The defaults suit form fields and rules.</summary>
public sealed class ExpressionOptions
{
    /// <summary>Shared defaults: 4 KB, depth 64, system clock, Asia/Shanghai.</summary>
    public static ExpressionOptions Default { get; } = new();

    /// <summary>Longest accepted source text, in UTF-16 characters (default 4096).</summary>
    public int MaxLength { get; init; } = 4096;

    /// <summary>Deepest accepted nesting of parentheses, operators, calls and lambdas (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The clock behind <c>today()</c>, <c>now()</c> and <c>age()</c> (default <see cref="TimeProvider.System"/>).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The time zone that turns the clock into local dates (default Asia/Shanghai, UTC+8).</summary>
    public TimeZoneInfo TimeZone { get; init; } = ChinaStandardTime;

    /// <summary>Longest time one <c>matches()</c> call may run on the server (default 100 ms).</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Expressions with more bound nodes than this always run interpreted (<c>Compile(preferInterpretation: true)</c>):
    /// compiling a 200-clause tree to IL takes tens of milliseconds (default 400; see docs/PERFORMANCE.md).
    /// </summary>
    public int InterpretationThreshold { get; init; } = 400;

    /// <summary>
    /// Smaller expressions start interpreted (about 10 µs to build, about 0.3 µs per evaluation) and are compiled to IL
    /// (about 0.5 ms once, then about 10 ns per evaluation, no allocation) after this many evaluations. The default,
    /// 1000, is near the measured break-even, which bounds the total cost at twice the best choice made in hindsight.
    /// 0 compiles to IL straight away (e.g. for batch rule runs).
    /// </summary>
    public int TierUpAfter { get; init; } = 1000;

    private static TimeZoneInfo ChinaStandardTime
    {
        get
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
            }
            catch (TimeZoneNotFoundException)
            {
                return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
            }
        }
    }
}
