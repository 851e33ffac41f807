namespace FormsEngine.Host.Tenancy;

/// <summary>A row that belongs to one community of one street office; the query filters key on these columns.</summary>
internal interface ITenantOwned
{
    string StreetId { get; }

    string CommunityId { get; }
}
