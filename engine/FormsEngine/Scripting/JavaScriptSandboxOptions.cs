namespace FormsEngine.Scripting;

/// <summary>
/// Limits for JavaScript rules run in the Jint sandbox. Every limit is on by default; a rule that hits one
/// comes back as a failed <see cref="ScriptResult"/>, never as a hung or crashed process.
/// </summary>
public sealed record JavaScriptSandboxOptions
{
    /// <summary>Shared default instance.</summary>
    public static JavaScriptSandboxOptions Default { get; } = new();

    /// <summary>Longest accepted script source, in characters. Default 64 K.</summary>
    public int MaxSourceLength { get; init; } = 64 * 1024;

    /// <summary>Most statements one run may execute. Default 100 000.</summary>
    public int MaxStatements { get; init; } = 100_000;

    /// <summary>Wall-clock budget of one run. Default 500 ms.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Deepest call stack. Default 64.</summary>
    public int MaxRecursionDepth { get; init; } = 64;

    /// <summary>
    /// Most bytes one run may allocate, checked after every statement (Jint 2.x has no allocation hook, so a
    /// single statement can overshoot before it is stopped). Default 32 MiB. Zero turns the check off, which
    /// also turns off the per-statement hook that costs Jint's debug mode.
    /// </summary>
    public long MaxAllocatedBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// Longest array (or array-like <c>length</c>) a built-in function such as <c>join</c>, <c>indexOf</c> or
    /// <c>JSON.stringify</c> may be handed. Built-ins loop natively, out of reach of the other limits, so a longer one
    /// is refused with a <c>RangeError</c>. Default 10 000, far above any form's repeat group.
    /// </summary>
    public int MaxNativeArrayLength { get; init; } = 10_000;

    /// <summary>Longest string a built-in function (<c>split</c>, <c>replace</c>, <c>JSON.parse</c>…) may be handed. Default 1 000 000.</summary>
    public int MaxNativeStringLength { get; init; } = 1_000_000;
}
