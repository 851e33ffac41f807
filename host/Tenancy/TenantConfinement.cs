namespace FormsEngine.Host.Tenancy;

/// <summary>
/// The request's tenant confinement written as plain equalities, to add beside the global query filter on hot queries.
/// The filter stays the guarantee, but its ORs over the scope's parameters cannot be served by any index, so a list
/// without these scans every street's rows.
/// </summary>
internal static class TenantConfinement
{
    /// <summary>Only the rows of the scope's community, or of its street when the scope is street-wide.</summary>
    public static IQueryable<T> ConfinedTo<T>(this IQueryable<T> query, TenantScope scope)
        where T : class, ITenantOwned
    {
        if (scope.IsSystem)
        {
            return query;
        }

        if (scope.CommunityId is { } community)
        {
            return query.Where(row => row.CommunityId == community);
        }

        // A scope with no street sees nothing through the filter already; the equality only has to help the index.
        return scope.StreetId is { } street ? query.Where(row => row.StreetId == street) : query;
    }
}
