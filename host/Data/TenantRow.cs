using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Data;

/// <summary>
/// One node of the hierarchy. Ids are short lower-case slugs, unique across the deployment (a community's id is the
/// first segment of its resident URLs, <c>/f/{community}/{form}</c>; a building's id is what its door QR code carries).
/// </summary>
internal sealed class TenantRow
{
    public required string Id { get; set; }

    public TenantKind Kind { get; set; }

    /// <summary>The parent node (null for a street office).</summary>
    public string? ParentId { get; set; }

    /// <summary>The street office this node belongs to (itself for a street office).</summary>
    public required string StreetId { get; set; }

    /// <summary>The community (null for a street office; itself for a community).</summary>
    public string? CommunityId { get; set; }

    /// <summary>The grid of a building (itself for a grid).</summary>
    public string? GridId { get; set; }

    public required string Name { get; set; }
}
