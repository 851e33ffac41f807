namespace FormsEngine.Host.Tenancy;

/// <summary>
/// The four staff roles. The names are the Identity role names and the Chinese role names workflows route tasks to
/// (<c>{"kind": "role", "value": "社区工作人员"}</c>), so a task offered to a role reaches exactly those holding it.
/// </summary>
internal static class StaffRoles
{
    /// <summary>街道管理员: the street office; sees all its communities, publishes to them; personal data stays masked.</summary>
    public const string StreetAdmin = "街道管理员";

    /// <summary>社区管理员: runs one community; may see and export personal data (audited).</summary>
    public const string CommunityAdmin = "社区管理员";

    /// <summary>社区工作人员: handles cases in one community; may open one submission's personal data (audited).</summary>
    public const string CommunityStaff = "社区工作人员";

    /// <summary>网格员: handles the cases of one grid; may open personal data of that grid's submissions (audited).</summary>
    public const string GridWorker = "网格员";

    public static readonly IReadOnlyList<string> All = [StreetAdmin, CommunityAdmin, CommunityStaff, GridWorker];

    /// <summary>Roles that work inside one community (everyone but the street admin).</summary>
    public const string CommunityRoles = CommunityAdmin + "," + CommunityStaff + "," + GridWorker;

    /// <summary>Roles that may administer forms and publications.</summary>
    public const string Admins = StreetAdmin + "," + CommunityAdmin;
}
