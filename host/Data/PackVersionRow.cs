namespace FormsEngine.Host.Data;

/// <summary>
/// One imported version of a rule pack, stored exactly as validated (the .zip <c>pack build</c> writes, with its
/// integrity file), so every node loads the same bytes and the content hash can be checked again. Never changed.
/// </summary>
internal sealed class PackVersionRow
{
    public required string PackId { get; set; }

    /// <summary>The semantic version, e.g. <c>1.2.0</c>.</summary>
    public required string Version { get; set; }

    /// <summary>The street office that imported it (the publisher).</summary>
    public required string StreetId { get; set; }

    /// <summary><c>sha256:…</c> over the pack's files.</summary>
    public required string ContentHash { get; set; }

    public required string ManifestJson { get; set; }

    /// <summary>The pack as a .zip.</summary>
    public required byte[] Content { get; set; }

    public long ImportedAt { get; set; }

    public required string ImportedBy { get; set; }
}
