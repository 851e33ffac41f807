using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Packs;

/// <summary>The manifest of a rule pack (<c>pack.json</c>): who publishes what version, and what communities may adapt.</summary>
public sealed record PackManifest(string Id, LocalizedText Name, PackVersion Version, string PublisherId, string PublisherName, LocalizedText Description)
{
    /// <summary>The parameters communities may adapt, in manifest order.</summary>
    public IReadOnlyList<PackParameter> Parameters { get; init; } = [];

    /// <summary>The optional parts communities may switch on or off.</summary>
    public IReadOnlyList<PackPart> Parts { get; init; } = [];

    /// <summary>The campaign dates, or null for a pack that is always open.</summary>
    public PackCampaign? Campaign { get; init; }

    /// <summary>Days personal data is kept, or null for the deployment default.</summary>
    public int? RetentionDays { get; init; }

    /// <summary>The manifest as read, unknown properties included.</summary>
    public JsonObject Source { get; init; } = [];

    /// <summary>The parameter named <paramref name="name"/>, or null.</summary>
    public PackParameter? FindParameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
