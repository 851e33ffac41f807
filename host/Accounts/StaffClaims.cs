using System.Security.Claims;
using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.Accounts;

/// <summary>The claims a staff cookie carries beyond Identity's own: where the account sits and its display name.</summary>
internal static class StaffClaims
{
    public const string Street = "fe:street";
    public const string Community = "fe:community";
    public const string Grid = "fe:grid";
    public const string DisplayName = "fe:name";

    public static string UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static string UserName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "";

    public static string DisplayNameOf(this ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? user.UserName();

    /// <summary>The account's one role (accounts hold exactly one of <see cref="StaffRoles.All"/>).</summary>
    public static string? Role(this ClaimsPrincipal user) => StaffRoles.All.FirstOrDefault(user.IsInRole);

    /// <summary>Narrows <paramref name="scope"/> to what <paramref name="user"/> may see; leaves it closed when the claims are incomplete.</summary>
    public static void Apply(this ClaimsPrincipal user, TenantScope scope)
    {
        var street = user.FindFirstValue(Street);
        var community = user.FindFirstValue(Community);
        var grid = user.FindFirstValue(Grid);
        if (string.IsNullOrEmpty(street))
        {
            return;
        }

        switch (user.Role())
        {
            case StaffRoles.StreetAdmin:
                scope.SetStreet(street);
                break;
            case StaffRoles.GridWorker when !string.IsNullOrEmpty(community) && !string.IsNullOrEmpty(grid):
                scope.SetGrid(street, community, grid);
                break;
            case StaffRoles.CommunityAdmin or StaffRoles.CommunityStaff when !string.IsNullOrEmpty(community):
                scope.SetCommunity(street, community);
                break;
        }
    }
}
