using Microsoft.AspNetCore.Identity;

namespace FormsEngine.Host.Data;

/// <summary>A staff account. Where it sits in the hierarchy decides what it can see; its role decides what it can do.</summary>
internal sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public string StreetId { get; set; } = "";

    /// <summary>Null for street-level staff.</summary>
    public string? CommunityId { get; set; }

    /// <summary>The grid of a grid worker.</summary>
    public string? GridId { get; set; }
}
