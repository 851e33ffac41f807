namespace FormsEngine.Expressions.DotNet;

/// <summary>
/// A delegate that starts interpreted and replaces itself with IL-compiled code after a number of calls, like tiered
/// JIT compilation: rarely-used expressions (most <c>visibleIf</c>s) never pay the ~0.5 ms <c>Compile()</c> or keep a
/// dynamic method alive, while hot ones (rule sets run in batches) get full speed. Promotion happens once, on the calling thread; until then each call
/// costs one interlocked decrement, afterwards one field read.
/// </summary>
internal sealed class TieredDelegate<TResult>
{
    private readonly Func<bool, Func<ExpressionRecord, TResult>> _build;
    private Func<ExpressionRecord, TResult> _current;
    private int _remaining;

    /// <param name="build">Builds the delegate: interpreted when the argument is true, IL-compiled otherwise.</param>
    /// <param name="strategy">Tiered, compiled or interpreted.</param>
    /// <param name="tierUpAfter">Calls before a tiered delegate is compiled to IL.</param>
    public TieredDelegate(Func<bool, Func<ExpressionRecord, TResult>> build, DelegateStrategy strategy, int tierUpAfter)
    {
        _build = build;
        _current = build(strategy != DelegateStrategy.Compiled);
        _remaining = strategy == DelegateStrategy.Tiered ? Math.Max(1, tierUpAfter) : 0;
        IsPromoted = strategy == DelegateStrategy.Compiled;
    }

    /// <summary>True once the IL-compiled delegate is in use (always true for <see cref="DelegateStrategy.Compiled"/>).</summary>
    public bool IsPromoted { get; private set; }

    public TResult Invoke(ExpressionRecord record)
    {
        if (_remaining > 0 && Interlocked.Decrement(ref _remaining) == 0)
        {
            Volatile.Write(ref _current, _build(false));
            IsPromoted = true;
        }

        return _current(record);
    }
}
