namespace FormsEngine.Packs;

/// <summary>Where an effective parameter value came from: the pack's default, the street office, or the community.</summary>
public enum PackValueSource
{
    /// <summary>The default in <c>pack.json</c>.</summary>
    Pack,

    /// <summary>An override set by the street office for all its communities.</summary>
    Street,

    /// <summary>An override set by the community itself.</summary>
    Community,
}
