using System.Security.Claims;
using FormsEngine.Host.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FormsEngine.Host.Accounts;

/// <summary>Adds the account's street, community, grid and display name to the sign-in cookie.</summary>
internal sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(StaffClaims.Street, user.StreetId));
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        if (user.CommunityId is not null)
        {
            identity.AddClaim(new Claim(StaffClaims.Community, user.CommunityId));
        }

        if (user.GridId is not null)
        {
            identity.AddClaim(new Claim(StaffClaims.Grid, user.GridId));
        }

        return identity;
    }
}
