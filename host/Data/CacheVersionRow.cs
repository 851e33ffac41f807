namespace FormsEngine.Host.Data;

/// <summary>
/// The stamp of one kind of published definition (<see cref="Caching.CacheKinds"/>): every node polls these rows and
/// reloads its in-process cache of a kind when the stamp differs from the one it last saw (docs/adr/0012).
/// </summary>
internal sealed class CacheVersionRow
{
    public required string Kind { get; set; }

    /// <summary>A fresh random value at every publish of the kind: compared for equality only, never ordered.</summary>
    public long Stamp { get; set; }
}
