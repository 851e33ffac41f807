namespace FormsEngine.Host.Tenancy;

/// <summary>
/// What the current request may see, set once per request from the signed-in user (or, for a resident page, from the
/// community in the URL) and read by the database's global query filters. The default sees nothing, so a code path
/// that forgets to set it fails closed.
/// </summary>
internal sealed class TenantScope
{
    /// <summary>True for background jobs (retention purge, seeding) that work across tenants on purpose.</summary>
    public bool IsSystem { get; private set; }

    /// <summary>The street office, or null when nothing is visible.</summary>
    public string? StreetId { get; private set; }

    /// <summary>The community, or null for a street-wide scope.</summary>
    public string? CommunityId { get; private set; }

    /// <summary>The grid of a grid worker, or null.</summary>
    public string? GridId { get; private set; }

    /// <summary>A short description for logs and audit entries.</summary>
    public override string ToString() => IsSystem ? "system" : $"{StreetId ?? "-"}/{CommunityId ?? "*"}/{GridId ?? "*"}";

    public void SetStreet(string streetId) => Set(streetId, null, null);

    public void SetCommunity(string streetId, string communityId) => Set(streetId, communityId, null);

    public void SetGrid(string streetId, string communityId, string gridId) => Set(streetId, communityId, gridId);

    public void SetSystem()
    {
        IsSystem = true;
        StreetId = CommunityId = GridId = null;
    }

    private void Set(string streetId, string? communityId, string? gridId)
    {
        ArgumentException.ThrowIfNullOrEmpty(streetId);
        IsSystem = false;
        StreetId = streetId;
        CommunityId = communityId;
        GridId = gridId;
    }
}
