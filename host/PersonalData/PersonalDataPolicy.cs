using System.Security.Claims;
using FormsEngine.Host.Tenancy;

namespace FormsEngine.Host.PersonalData;

/// <summary>
/// Who may see personal data in clear (PIPL's "minimum necessary"): the people handling a case may open that one
/// submission; only a community admin may list or export in clear; the street office works with masked data. Every
/// clear view is audited by the caller.
/// </summary>
internal static class PersonalDataPolicy
{
    /// <summary>May open one submission unmasked (its details, its photos).</summary>
    public static bool MayOpen(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.CommunityAdmin) || user.IsInRole(StaffRoles.CommunityStaff) || user.IsInRole(StaffRoles.GridWorker);

    /// <summary>May list or export many submissions unmasked.</summary>
    public static bool MayList(ClaimsPrincipal user) => user.IsInRole(StaffRoles.CommunityAdmin);
}
